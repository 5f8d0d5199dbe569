import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { LoadMore } from '../../../ui/load-more.tsx';
import { TextLink } from '../../../ui/links.tsx';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { money } from '../steering-format.ts';
import { providerText } from '../steering-texts.ts';
import { SectionState } from '../ui/load-state.tsx';
import { useApi } from '../../../app/api-context.ts';

/** Who carried the task, and from when: every change of provider (and budget), newest first. */
export function ProviderHistory({ taskId }: { taskId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const list = usePagedList((cursor) => steeringApi.providerHistory(api, taskId, cursor), taskId);
  return (
    <section className="ws-section" aria-labelledby="steering-history-title">
      <h2 className="utrecht-heading-2" id="steering-history-title">
        {t('steering.history.title')}
      </h2>
      <SectionState loading={list.loading} error={list.error} />
      <ol className="ws-timeline" data-testid="provider-history">
        {list.items.map((change) => {
          const carrier = change.provider.initiative?.name ?? change.provider.organisation?.name;
          return (
            <li key={change.id} className="ws-timeline__item">
              <p className="utrecht-paragraph ws-timeline__head">
                <time dateTime={change.changedAt}>{formatDate(change.changedAt, i18n.language)}</time>
                {' · '}
                {t(`steering.history.${change.kind}` as 'steering.history.created')}
                {' · '}
                <strong>
                  {providerText(t, change.provider.kind)}
                  {carrier ? ` (${carrier})` : ''}
                </strong>
                {' · '}
                {money(change.yearlyBudgetCents, i18n.language)}
              </p>
              {change.reason && <p className="utrecht-paragraph">{change.reason}</p>}
              {change.challengeId && (
                <p className="utrecht-paragraph">
                  <TextLink to={steeringPaths.challenge(change.challengeId)}>
                    {t('steering.history.byChallenge')}
                  </TextLink>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('steering.history.shown', { count: list.items.length })}
          end={t('steering.history.allShown')}
        />
      )}
    </section>
  );
}
