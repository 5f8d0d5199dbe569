import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginSchema } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import type { ReturnState } from '../../app/guards.tsx';
import { useSession } from '../../app/session-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { accountsApi } from './accounts.api.ts';
import { accountPaths } from './accounts.paths.ts';
import { landingPath, safeReturnPath } from './landing.ts';
import { DemoAccountsPanel } from '../demo/demo-accounts-panel.tsx';
import { LoginProviderButtons, LoginProviderNotice } from './login-providers.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  // Where to go back to: the page that sent here (a guard's state), or ?terug=/pad in a link.
  const explicitReturn = safeReturnPath((location.state as ReturnState | null)?.from ?? search.get('terug'));
  const returnTo = explicitReturn ?? accountPaths.account;
  const justSignedIn = useRef(false);
  const form = useForm({ email: '', password: '' });

  // Already logged in on arrival: nothing to do here. (Not so right after submitting this form:
  // then the navigation below takes them where they were going.)
  if (me && !justSignedIn.current) return <Navigate to={returnTo} replace />;

  const labels = { email: t('login.email'), password: t('login.password') };
  const onSubmit = form.handleSubmit(
    async (values) => {
      const session = await accountsApi.login(api, values);
      justSignedIn.current = true;
      signedIn(session);
      // Without a page to return to: residents to their neighbourhood, staff to their worklist.
      await navigate(explicitReturn ?? (await landingPath(api, session)), { replace: true });
    },
    {
      validate: (values) => validateWith(LoginSchema, values, t),
      problems: { messages: { 'not-logged-in': t('login.invalid') } },
    },
  );

  return (
    <Page title={t('login.title')}>
      <LoginProviderNotice />
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField
          {...form.field('email')}
          label={labels.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
        />
        <TextField
          {...form.field('password')}
          label={labels.password}
          type="password"
          autoComplete="current-password"
        />
        <Button type="submit" busy={form.busy} busyLabel={t('app.loading')}>
          {t('login.submit')}
        </Button>
      </form>
      <ul className="ws-after-form ws-plain-list">
        <li>
          <TextLink to={accountPaths.forgotPassword}>{t('login.forgot')}</TextLink>
        </li>
        <li>
          {t('login.noAccount')} <TextLink to={accountPaths.register}>{t('login.registerLink')}</TextLink>
        </li>
      </ul>
      <LoginProviderButtons returnTo={returnTo} />
      <DemoAccountsPanel />
    </Page>
  );
}
