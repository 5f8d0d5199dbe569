import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireLogin } from '../../app/guards.tsx';
import { useSession } from '../../app/session-context.ts';
import { Page } from '../../ui/page.tsx';
import { steers } from './steering-roles.ts';

/** Pages for steering officers and administrators; the server still decides, per area. */
export function RequireSteering({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return <RequireLogin>{children}</RequireLogin>;
  if (!steers(me))
    return (
      <Page title={t('common.notAllowedTitle')}>
        <p className="utrecht-paragraph">{t('steering.notAllowed')}</p>
      </Page>
    );
  return children;
}
