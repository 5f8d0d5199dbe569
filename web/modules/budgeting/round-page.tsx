import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../app/api-context.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { FollowButton } from '../calendar/follow-button.tsx';
import { SubjectPictures } from '../pictures/subject-pictures.tsx';
import { useParentPictures } from '../pictures/use-pictures.ts';
import { budgetApi } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { OfficerPanel } from './officer-panel.tsx';
import { PhaseSteps } from './phase-steps.tsx';
import { ProposalCard } from './proposal-card.tsx';
import { RoundFacts } from './round-facts.tsx';
import { useRound } from './use-round.ts';

/** One round: its phases and rules, what you can do now, and every proposal with its review. */
export function RoundPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const roundId = useParams().roundId ?? '';
  const { round, error, setRound, reload } = useRound(roundId);
  const proposals = usePagedList(
    (cursor) => budgetApi.proposals(api, roundId, {}, cursor),
    `proposals-${roundId}-${round?.phase ?? ''}`,
  );
  const pictures = useParentPictures({ budgetRoundId: roundId });

  if (error)
    return (
      <Page title={t('budget.notFound')}>
        <Alert type="error">{t('budget.notFoundText')}</Alert>
      </Page>
    );
  if (!round) return <Page title={t('app.loading')} />;
  const officer = hasRole(me, 'civil_servant');
  const reviewable = officer && (round.phase === 'proposals' || round.phase === 'review');

  return (
    <Page
      title={round.title}
      lead={round.description || undefined}
      crumbs={[{ to: budgetPaths.home, label: t('budget.title') }]}
    >
      <PhaseSteps round={round} />
      <div className="utrecht-button-group ws-button-row">
        {round.phase === 'proposals' && (
          <ButtonLink to={budgetPaths.newProposal(round.id)}>{t('budget.proposeLink')}</ButtonLink>
        )}
        {round.phase === 'voting' && <ButtonLink to={budgetPaths.ballot(round.id)}>{t('budget.voteLink')}</ButtonLink>}
        {round.phase === 'results' && (
          <ButtonLink to={budgetPaths.results(round.id)}>{t('budget.resultsLink')}</ButtonLink>
        )}
      </div>
      <RoundFacts round={round} />
      <FollowButton subjectType="budget-round" subjectId={round.id} title={round.title} />
      {officer && <OfficerPanel round={round} onChange={setRound} />}
      <section className="ws-section" aria-labelledby="proposals-title">
        <h2 className="utrecht-heading-2" id="proposals-title">
          {t('budget.proposalsTitle')}
        </h2>
        {!proposals.loading && proposals.items.length === 0 && (
          <p className="utrecht-paragraph">{t('budget.noProposals')}</p>
        )}
        <ul className="ws-card-list">
          {proposals.items.map((proposal) => (
            <ProposalCard
              key={proposal.id}
              proposal={proposal}
              reviewable={reviewable && proposal.status !== 'withdrawn'}
              onChange={(changed) => {
                proposals.update((items) => items.map((p) => (p.id === changed.id ? changed : p)));
                reload();
              }}
            >
              <SubjectPictures
                subjectType="budget-proposal"
                subjectId={proposal.id}
                pictures={pictures}
                canAdd={proposal.status !== 'withdrawn' && (proposal.mine || officer)}
              />
            </ProposalCard>
          ))}
        </ul>
        {proposals.hasMore && (
          <LoadMore
            hasMore={proposals.hasMore}
            loading={proposals.loadingMore}
            onLoadMore={() => void proposals.loadMore()}
            shown={t('budget.proposalsShown', { count: proposals.items.length })}
            end={t('budget.allProposalsShown')}
          />
        )}
      </section>
    </Page>
  );
}
