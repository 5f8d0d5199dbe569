import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../contracts/roles.ts';
import { accountPaths } from '../modules/accounts/accounts.paths.ts';
import { Page } from '../ui/page.tsx';
import { notice, type NoticeState } from './notice.ts';
import { hasRole, useSession } from './session-context.ts';

export interface ReturnState extends NoticeState {
  /** Where to go after logging in. */
  from?: string;
}

/** Pages for logged-in people: others go to the login page and come back afterwards. */
export function RequireLogin({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (!me) {
    const state: ReturnState = { ...notice('login.needLogin', 'info'), from: `${location.pathname}${location.search}` };
    return <Navigate to={accountPaths.login} replace state={state} />;
  }
  return children;
}

/**
 * The server decides what a role may do; this only spares people a page they cannot use (and
 * the browser a refused request). With a list, any one of the roles will do.
 */
export function RequireRole({ role, children }: { role: Role | readonly [Role, ...Role[]]; children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const anyOf: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (!me) return <RequireLogin>{children}</RequireLogin>;
  if (!anyOf.some((r) => hasRole(me, r))) {
    return (
      <Page title={t('common.notAllowedTitle')}>
        <p className="utrecht-paragraph">
          {t('common.notAllowedText', { role: t(`roles.${anyOf[0] ?? 'resident'}`) })}
        </p>
      </Page>
    );
  }
  return children;
}
