import { useTranslation } from 'react-i18next';
import type { Ballot, BallotReceipt } from '../../../contracts/budgeting-ballots.ts';
import type { Proposal } from '../../../contracts/budgeting.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Alert } from '../../ui/alert.tsx';
import { money } from './budgeting-texts.ts';

/** What you voted for; after casting, also the token to keep (shown this once by the server). */
export function BallotSummary({
  ballot,
  projects,
  receipt,
}: {
  ballot: Ballot;
  projects: readonly Proposal[];
  receipt?: BallotReceipt | null;
}) {
  const { t, i18n } = useTranslation();
  const titleOf = (id: string) => projects.find((p) => p.id === id)?.title ?? id;
  return (
    <section className="ws-section" aria-labelledby="my-ballot">
      {receipt && (
        <Alert type="ok" live>
          {t('budget.ballot.cast')}
        </Alert>
      )}
      <h2 className="utrecht-heading-2" id="my-ballot">
        {t('budget.ballot.mineTitle')}
      </h2>
      <ul className="utrecht-unordered-list" data-testid="my-ballot">
        {ballot.projectIds.map((id) => (
          <li key={id} className="utrecht-unordered-list__item">
            {titleOf(id)}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">
        {t('budget.ballot.total', { total: money(ballot.totalCostCents, i18n.language) })}
      </p>
      <p className="utrecht-paragraph">
        {ballot.changeableUntil
          ? t('budget.ballot.changeableUntil', { date: formatDateTime(ballot.changeableUntil, i18n.language) })
          : t('budget.ballot.final')}
      </p>
      {receipt && (
        <div className="ws-token">
          <h3 className="utrecht-heading-3">{t('budget.ballot.tokenTitle')}</h3>
          <p className="utrecht-paragraph">{t('budget.ballot.tokenText')}</p>
          <p className="utrecht-paragraph">
            <code className="ws-token__value" data-testid="ballot-token">
              {receipt.token}
            </code>
          </p>
        </div>
      )}
    </section>
  );
}
