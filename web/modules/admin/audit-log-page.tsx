import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../contracts/audit.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { problemErrors } from '../../ui/form-errors.ts';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { adminApi } from './admin.api.ts';
import { adminPaths } from './admin.paths.ts';
import { AuditChange } from './audit-change.tsx';
import { AuditFiltersForm } from './audit-filters-form.tsx';
import { filtersFromParams, toAuditQuery } from './audit-query.ts';

function ActionName({ action }: { action: string }) {
  const { t, i18n } = useTranslation();
  const key = `audit.actions.${action}`;
  return (
    <>
      {i18n.exists(key) && <span className="ws-audit__action">{String(t(key as 'audit.actions.role.granted'))}</span>}
      <code className="utrecht-code ws-audit__code">{action}</code>
    </>
  );
}

function Cell({ label, children }: { label: string; children: ReactNode }) {
  // One wrapper, so the phone layout (label column + value column) sees a single value.
  return (
    <td role="cell" className="utrecht-table__cell" data-label={label}>
      <div>{children}</div>
    </td>
  );
}

function Row({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const actor =
    entry.actorId === null
      ? t('audit.system')
      : entry.actorId === me?.id
        ? `${t('common.you')} (${me.displayName})`
        : null;
  // Explicit roles keep the table a table for screen readers when narrow screens restyle it as cards.
  return (
    <tr role="row" className="utrecht-table__row ws-audit__row">
      <Cell label={t('audit.occurredAt')}>
        <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time>
      </Cell>
      <Cell label={t('audit.action')}>
        <ActionName action={entry.action} />
      </Cell>
      <Cell label={t('audit.actor')}>
        {actor ?? <code className="utrecht-code ws-audit__code">{entry.actorId}</code>}
      </Cell>
      <Cell label={t('audit.subject')}>
        {entry.subjectType} <code className="utrecht-code ws-audit__code">{entry.subjectId}</code>
        {entry.areaId && (
          <div>
            {t('audit.area')}: <code className="utrecht-code ws-audit__code">{entry.areaId}</code>
          </div>
        )}
      </Cell>
      <Cell label={t('audit.change')}>
        <AuditChange before={entry.before} after={entry.after} reason={entry.reason} />
      </Cell>
    </tr>
  );
}

/** Beheer → Auditlog: read-only, newest first, filtered through the URL, paged by "load more". */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [params] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const key = params.toString();
  const list = usePagedList((cursor) => adminApi.auditLog(api, toAuditQuery(filters), cursor), key);
  const count = list.items.length;

  return (
    <Page title={t('audit.title')} lead={t('audit.intro')} crumbs={[{ to: adminPaths.home, label: t('admin.title') }]}>
      <AuditFiltersForm key={key} initial={filters} />

      <section className="ws-section ws-section--wide" aria-busy={list.loading}>
        {list.error !== null && (
          <Alert type="error" live>
            {problemErrors(list.error, t, i18n, { fields: [] }).general}
          </Alert>
        )}
        {list.loading ? (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        ) : count === 0 ? (
          <p className="utrecht-paragraph" role="status">
            {t('audit.noEntries')}
          </p>
        ) : (
          <>
            <table className="utrecht-table ws-audit" role="table">
              <caption className="utrecht-table__caption ws-audit__caption">{t('audit.tableCaption')}</caption>
              <thead className="utrecht-table__header ws-audit__head" role="rowgroup">
                <tr role="row" className="utrecht-table__row">
                  {(['occurredAt', 'action', 'actor', 'subject', 'change'] as const).map((column) => (
                    <th key={column} role="columnheader" scope="col" className="utrecht-table__header-cell">
                      {t(`audit.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body" role="rowgroup">
                {list.items.map((entry) => (
                  <Row key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
            <LoadMore
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onLoadMore={() => void list.loadMore()}
              shown={t('audit.shown', { count })}
              end={t('audit.end')}
            />
          </>
        )}
      </section>
    </Page>
  );
}
