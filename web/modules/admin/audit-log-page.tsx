import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../contracts/audit.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { intlLocale } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { problemErrors } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { initiativePaths } from '../initiatives/initiatives.paths.ts';
import { adminApi } from './admin.api.ts';
import { adminPaths } from './admin.paths.ts';
import { AuditChange } from './audit-change.tsx';
import { AuditFiltersForm } from './audit-filters-form.tsx';
import { filtersFromParams, toAuditQuery } from './audit-query.ts';
import { actionText, subjectTypeText } from './audit-words.ts';

function Cell({ label, children }: { label: string; children: ReactNode }) {
  // One wrapper, so the phone layout (label column + value column) sees a single value.
  return (
    <td role="cell" className="utrecht-table__cell" data-label={label}>
      <div>{children}</div>
    </td>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const when = (iso: string, language: string) =>
  new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** The subject in words: "initiatief Moestuin Zuid", a link where the platform has a page for it. */
function Subject({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const name = entry.subjectName ?? t('audit.unnamed');
  const page =
    entry.subjectType === 'initiative'
      ? initiativePaths.initiative(entry.subjectId)
      : entry.subjectType === 'organisation'
        ? initiativePaths.organisation(entry.subjectId)
        : entry.subjectType === 'account'
          ? `${adminPaths.auditLog}?subjectId=${encodeURIComponent(entry.subjectId)}`
          : null;
  return (
    <>
      <span className="ws-audit__type">{subjectTypeText(t, exists, entry.subjectType)}</span>{' '}
      {page && entry.subjectName !== null ? <TextLink to={page}>{name}</TextLink> : <span>{name}</span>}
      {entry.subjectInitiative && entry.subjectType !== 'initiative' && (
        <div>
          {t('audit.partOf')}{' '}
          <TextLink to={initiativePaths.initiative(entry.subjectInitiative.id)}>
            {entry.subjectInitiative.title}
          </TextLink>
        </div>
      )}
      {entry.areaId && (
        <div>
          {t('audit.area')}: {entry.areaName ?? t('audit.unnamed')}
        </div>
      )}
    </>
  );
}

function Row({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const exists = (key: string) => i18n.exists(key);
  const actor =
    entry.actorId === null
      ? t('audit.system')
      : entry.actorId === me?.id
        ? `${capitalised(t('common.you'))} (${me.displayName})`
        : (entry.actorName ?? t('audit.unnamed'));
  // Explicit roles keep the table a table for screen readers when narrow screens restyle it as cards.
  return (
    <tr role="row" className="utrecht-table__row ws-audit__row">
      <Cell label={t('audit.occurredAt')}>
        <time dateTime={entry.occurredAt}>{when(entry.occurredAt, i18n.language)}</time>
      </Cell>
      <Cell label={t('audit.action')}>
        <span className="ws-audit__action">{actionText(t, exists, entry.action)}</span>
      </Cell>
      <Cell label={t('audit.actor')}>
        {entry.actorId === null ? (
          actor
        ) : (
          <TextLink to={`${adminPaths.auditLog}?actorId=${encodeURIComponent(entry.actorId)}`}>{actor}</TextLink>
        )}
      </Cell>
      <Cell label={t('audit.subject')}>
        <Subject entry={entry} />
      </Cell>
      <Cell label={t('audit.change')}>
        <AuditChange
          before={entry.before}
          after={entry.after}
          reason={entry.reason}
          areaNames={entry.areaId && entry.areaName ? { [entry.areaId]: entry.areaName } : {}}
        />
        <details className="ws-audit__technical">
          <summary>{t('audit.technical')}</summary>
          <code className="utrecht-code ws-audit__code">{entry.action}</code>{' '}
          <code className="utrecht-code ws-audit__code">
            {entry.subjectType}:{entry.subjectId}
          </code>
          {entry.actorId && (
            <>
              {' '}
              <code className="utrecht-code ws-audit__code">{entry.actorId}</code>
            </>
          )}
          {(entry.before !== null || entry.after !== null) && (
            <div>
              {t('audit.record')}:{' '}
              <code className="utrecht-code ws-audit__code">
                {JSON.stringify({ before: entry.before, after: entry.after })}
              </code>
            </div>
          )}
        </details>
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
      <AuditFiltersForm
        key={key}
        initial={filters}
        names={{
          actor: list.items.find((entry) => entry.actorId === filters.actorId)?.actorName ?? null,
          subject: list.items.find((entry) => entry.subjectId === filters.subjectId)?.subjectName ?? null,
        }}
      />

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
