import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { PASSWORD_MIN, RegisterSchema } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { useSession } from '../../app/session-context.ts';
import { isLocale } from '../../lib/i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { accountsApi } from './accounts.api.ts';
import { accountPaths } from './accounts.paths.ts';

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me, signedIn } = useSession();
  const navigate = useNavigate();
  const justSignedIn = useRef(false);
  const form = useForm({ email: '', displayName: '', password: '' });
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';

  // Already logged in on arrival: nothing to do here. (Not so right after submitting this form:
  // then the navigation below carries the welcome message.)
  if (me && !justSignedIn.current) return <Navigate to={accountPaths.account} replace />;

  const labels = {
    email: t('register.email'),
    displayName: t('register.displayName'),
    password: t('register.password'),
  };
  const onSubmit = form.handleSubmit(
    async (values) => {
      const created = await accountsApi.register(api, { ...values, locale });
      justSignedIn.current = true;
      signedIn(created);
      navigate(accountPaths.account, { replace: true, state: notice('register.welcome') });
    },
    { validate: (values) => validateWith(RegisterSchema, { ...values, locale }, t) },
  );

  return (
    <Page title={t('register.title')} lead={t('register.intro')}>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField
          {...form.field('email')}
          label={labels.email}
          type="email"
          autoComplete="email"
          spellCheck={false}
          description={t('register.emailHint')}
        />
        <TextField
          {...form.field('displayName')}
          label={labels.displayName}
          autoComplete="nickname"
          description={t('register.displayNameHint')}
        />
        <TextField
          {...form.field('password')}
          label={labels.password}
          type="password"
          autoComplete="new-password"
          description={t('register.passwordHint', { count: PASSWORD_MIN })}
        />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('register.submit')}
        </Button>
      </form>
      <p className="utrecht-paragraph ws-after-form">
        {t('register.haveAccount')} <TextLink to={accountPaths.login}>{t('register.loginLink')}</TextLink>
      </p>
    </Page>
  );
}
