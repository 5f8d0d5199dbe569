import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireLogin } from '../../../app/guards.tsx';
import { hasRole, useSession } from '../../../app/session-context.ts';
import { Page } from '../../../ui/page.tsx';

/** Survey imports are for administrators and civil servants; the server still decides. */
export function RequireSurveyImporter({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return <RequireLogin>{children}</RequireLogin>;
  if (!hasRole(me, 'administrator') && !hasRole(me, 'civil_servant')) {
    return (
      <Page title={t('common.notAllowedTitle')}>
        <p className="utrecht-paragraph">{t('monitor.import.notAllowed')}</p>
      </Page>
    );
  }
  return children;
}
