import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordResetRequestSchema } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { accountsApi } from './accounts.api.ts';
import { accountPaths } from './accounts.paths.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [sent, setSent] = useState(false);
  const form = useForm({ email: '' });
  const labels = { email: t('forgot.email') };

  // The server answers the same whether or not the address is known; so does this page.
  const onSubmit = form.handleSubmit(
    async (values) => {
      await accountsApi.requestPasswordReset(api, values.email);
      setSent(true);
    },
    { validate: (values) => validateWith(PasswordResetRequestSchema, values, t) },
  );

  return (
    <Page title={t('forgot.title')} crumbs={[{ to: accountPaths.login, label: t('login.title') }]}>
      {sent ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('forgot.sent')}</p>
        </Alert>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('forgot.intro')}</p>
          <form className="ws-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary errors={form.errors} labels={labels} />
            <TextField
              {...form.field('email')}
              label={labels.email}
              type="email"
              autoComplete="email"
              spellCheck={false}
            />
            <Button type="submit" busy={form.busy} busyLabel={t('app.loading')}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <p className="utrecht-paragraph ws-after-form">
        <TextLink to={accountPaths.login}>{t('forgot.backToLogin')}</TextLink>
      </p>
    </Page>
  );
}
