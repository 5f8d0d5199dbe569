import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';

/** Public: how each department answers initiatives that reached the support threshold, and how often late. */
export function ResponseTimesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const list = usePagedList((cursor) => initiativesApi.statistics(api, cursor), 'statistics');
  const number = (n: number) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n);
  return (
    <Page
      title={t('initiatives.responseTimes.title')}
      lead={t('initiatives.responseTimes.lead')}
      crumbs={[{ to: initiativePaths.browse, label: t('initiatives.browse.title') }]}
    >
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.responseTimes.empty')}</p>
      )}
      {list.items.length > 0 && (
        // On a phone the table scrolls in its box; the box takes focus, so it scrolls by keyboard too.
        <div className="ws-table-scroll" role="region" aria-labelledby="response-times-caption" tabIndex={0}>
          <table className="utrecht-table ws-table">
            <caption className="utrecht-table__caption" id="response-times-caption">
              {t('initiatives.responseTimes.caption')}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('initiatives.responseTimes.department')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('initiatives.responseTimes.responded')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('initiatives.responseTimes.late')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('initiatives.responseTimes.open')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('initiatives.responseTimes.overdue')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('initiatives.responseTimes.average')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.items.map((row) => (
                <tr key={row.department ?? ''} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {row.department ?? t('initiatives.responseTimes.unassigned')}
                  </th>
                  <td className="utrecht-table__cell">{row.responded}</td>
                  <td className="utrecht-table__cell">{row.respondedLate}</td>
                  <td className="utrecht-table__cell">{row.open}</td>
                  <td className="utrecht-table__cell">{row.overdue}</td>
                  <td className="utrecht-table__cell">
                    {row.averageDaysToRespond === null
                      ? '—'
                      : t('initiatives.responseTimes.days', { days: number(row.averageDaysToRespond) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('initiatives.shown', { count: list.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
    </Page>
  );
}
