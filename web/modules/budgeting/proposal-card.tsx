import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../contracts/budgeting.ts';
import { money } from './budgeting-texts.ts';
import { ReviewForm } from './review-form.tsx';

/** A proposal as anyone sees it, with its published review; the officer can review it here. */
export function ProposalCard({
  proposal,
  reviewable,
  onChange,
  children,
}: {
  proposal: Proposal;
  reviewable: boolean;
  onChange: (proposal: Proposal) => void;
  /** Shown below the proposal's text: its pictures. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [reviewing, setReviewing] = useState(false);
  const cost = proposal.costCents ?? proposal.estimatedCostCents;
  return (
    <li className="ws-card" data-testid={`proposal-${proposal.code}`}>
      <h3 className="utrecht-heading-3">
        {t('budget.proposal.heading', { code: proposal.code, title: proposal.title })}
      </h3>
      <p className="utrecht-paragraph">{proposal.description}</p>
      <p className="utrecht-paragraph">
        {proposal.location && `${proposal.location} · `}
        {proposal.costCents === null
          ? t('budget.proposal.estimated', { amount: money(cost, i18n.language) })
          : t('budget.proposal.cost', { amount: money(cost, i18n.language) })}
        {' · '}
        <strong>{t(`budget.proposal.status.${proposal.status}` as 'budget.proposal.status.accepted')}</strong>
        {proposal.mine && ` · ${t('budget.proposal.mine')}`}
      </p>
      {proposal.review && (
        <p className="utrecht-paragraph">{t('budget.proposal.reviewReason', { reason: proposal.review.reason })}</p>
      )}
      {children}
      {reviewable && (
        <details className="ws-details" open={reviewing} onToggle={(event) => setReviewing(event.currentTarget.open)}>
          <summary>{proposal.review ? t('budget.review.change') : t('budget.review.open')}</summary>
          {reviewing && (
            <ReviewForm
              proposal={proposal}
              onReviewed={(reviewed) => {
                setReviewing(false);
                onChange(reviewed);
              }}
            />
          )}
        </details>
      )}
    </li>
  );
}
