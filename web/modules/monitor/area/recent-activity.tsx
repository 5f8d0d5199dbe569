import { useTranslation } from 'react-i18next';
import { useApi } from '../../../app/api-context.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { LoadMore } from '../../../ui/load-more.tsx';
import { TextLink } from '../../../ui/links.tsx';
import { budgetPaths } from '../../budgeting/budgeting.paths.ts';
import { helpPaths } from '../../help/help.paths.ts';
import { initiativePaths } from '../../initiatives/initiatives.paths.ts';
import { monitorApi, type RecentActivity } from '../monitor.api.ts';
import { useMonitorText } from '../monitor-text.ts';

/** The page of the thing an event is about, where it has one. */
function subjectHref(event: RecentActivity): string | null {
  switch (event.subjectType) {
    case 'initiative':
      return initiativePaths.initiative(event.subjectId);
    case 'organisation':
      return initiativePaths.organisation(event.subjectId);
    case 'help_request':
      return helpPaths.request(event.subjectId);
    case 'budget_round':
      return budgetPaths.round(event.subjectId);
    default:
      return null;
  }
}

/** What happened lately, anonymised: what, when, and a link to its page — never who. */
export function RecentActivityList({ areaId }: { areaId: string }) {
  const { t, i18n } = useTranslation();
  const text = useMonitorText();
  const api = useApi();
  const list = usePagedList((cursor) => monitorApi.activity(api, areaId, cursor), areaId);
  if (list.loading)
    return (
      <p className="utrecht-paragraph" role="status">
        {t('app.loading')}
      </p>
    );
  if (list.error && list.items.length === 0) return <p className="utrecht-paragraph">{t('monitor.loadError')}</p>;
  if (list.items.length === 0) return <p className="utrecht-paragraph">{t('monitor.activity.none')}</p>;
  const sentence = (verb: string) => {
    const key = `monitor.verbs.${verb}`;
    return i18n.exists(key) ? String(t(key as 'monitor.verbs.help.requested')) : t('monitor.activity.other');
  };
  return (
    <>
      <ol className="ws-plain-list ws-activity">
        {list.items.map((event, i) => {
          const href = subjectHref(event);
          return (
            <li key={`${event.occurredOn}-${event.verb}-${event.subjectId}-${i}`} className="ws-activity__item">
              <span className="ws-activity__date">{text.shortDate(event.occurredOn)}</span>{' '}
              {href ? <TextLink to={href}>{sentence(event.verb)}</TextLink> : sentence(event.verb)}
            </li>
          );
        })}
      </ol>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        onLoadMore={() => void list.loadMore()}
        shown={t('monitor.activity.shown', { count: list.items.length })}
        end={t('monitor.activity.end')}
      />
    </>
  );
}
