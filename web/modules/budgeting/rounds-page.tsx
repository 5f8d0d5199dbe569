import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { ButtonLink, TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { budgetApi } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { money, phaseText } from './budgeting-texts.ts';

/** Buurtbudget: every round, newest first; budget officers open or import one here. */
export function RoundsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const rounds = usePagedList((cursor) => budgetApi.rounds(api, cursor), 'rounds');

  return (
    <Page title={t('budget.title')} lead={t('budget.lead')}>
      {hasRole(me, 'civil_servant') && (
        <div className="utrecht-button-group ws-button-row">
          <ButtonLink to={budgetPaths.newRound}>{t('budget.newRoundLink')}</ButtonLink>
          <ButtonLink to={budgetPaths.importRound} variant="secondary">
            {t('budget.importLink')}
          </ButtonLink>
        </div>
      )}
      {Boolean(rounds.error) && <Alert type="error">{t('problem.unexpected')}</Alert>}
      {!rounds.loading && rounds.items.length === 0 && <p className="utrecht-paragraph">{t('budget.noRounds')}</p>}
      <ul className="ws-card-list">
        {rounds.items.map((round) => (
          <li key={round.id} className="ws-card">
            <h2 className="utrecht-heading-3">
              <TextLink to={budgetPaths.round(round.id)}>{round.title}</TextLink>
            </h2>
            <p className="utrecht-paragraph">
              {round.areas.map((a) => a.name).join(', ')} · {money(round.budgetCents, i18n.language)} ·{' '}
              {phaseText(t, round.phase)}
            </p>
            <p className="utrecht-paragraph">
              {t('budget.votingDates', {
                from: formatDate(round.schedule.votingOpenAt, i18n.language),
                to: formatDate(round.schedule.votingCloseAt, i18n.language),
              })}
              {' · '}
              {t('budget.projectCount', { count: round.projectCount })}
            </p>
          </li>
        ))}
      </ul>
      {rounds.items.length > 0 && (
        <LoadMore
          hasMore={rounds.hasMore}
          loading={rounds.loadingMore}
          onLoadMore={() => void rounds.loadMore()}
          shown={t('budget.roundsShown', { count: rounds.items.length })}
          end={t('budget.allRoundsShown')}
        />
      )}
    </Page>
  );
}
