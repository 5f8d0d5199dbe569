import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AccountSummary } from '../../../contracts/accounts.ts';
import { RoleSchema, staffRoles, type Role } from '../../../contracts/roles.ts';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { problemErrors } from '../../ui/form-errors.ts';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { adminApi } from './admin.api.ts';
import { adminPaths } from './admin.paths.ts';
import { AccountCard } from './account-card.tsx';
import { AccountSearchForm } from './account-search-form.tsx';

/** Beheer → Rollen: find accounts, then grant or withdraw roles one account at a time. */
export function RolesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const parsedRole = RoleSchema.safeParse(params.get('role'));
  const role: Role | '' = parsedRole.success ? parsedRole.data : '';
  const list = usePagedList((cursor) => adminApi.listAccounts(api, { q, role }, cursor), `${q}|${role}`);
  const [openId, setOpenId] = useState<string | null>(null);

  function replaceAccount(next: AccountSummary) {
    list.update((items) => items.map((item) => (item.id === next.id ? next : item)));
  }

  const count = list.items.length;
  return (
    <Page title={t('adminRoles.title')} crumbs={[{ to: adminPaths.home, label: t('admin.title') }]}>
      <AccountSearchForm key={params.toString()} q={q} role={role} roleOptions={staffRoles} />

      <section className="ws-section" aria-labelledby="roles-results" aria-busy={list.loading}>
        <h2 className="utrecht-heading-2" id="roles-results">
          {t('adminRoles.resultsTitle')}
        </h2>
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
            {t('adminRoles.noResults')}
          </p>
        ) : (
          <>
            <ul className="ws-card-list">
              {list.items.map((account) => (
                <AccountCard
                  key={account.id}
                  account={account}
                  open={openId === account.id}
                  onToggle={() => setOpenId(openId === account.id ? null : account.id)}
                  onChange={replaceAccount}
                />
              ))}
            </ul>
            <LoadMore
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onLoadMore={() => void list.loadMore()}
              shown={list.hasMore ? t('adminRoles.resultsMore', { count }) : t('adminRoles.results', { count })}
              end={t('adminRoles.end')}
            />
          </>
        )}
      </section>
    </Page>
  );
}
