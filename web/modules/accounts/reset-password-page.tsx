import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { PASSWORD_MIN, PasswordResetConfirmSchema } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
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

const TOKEN_MIN = 20;

/**
 * Opened from the emailed link `/wachtwoord-herstellen#TOKEN`. The token sits in the fragment so
 * it never reaches a server log or a Referer header.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [token] = useState(() => decodeURIComponent(hash.replace(/^#/, '')));
  const form = useForm({ newPassword: '' });
  const labels = { newPassword: t('reset.new') };

  const onSubmit = form.handleSubmit(
    async (values) => {
      await accountsApi.confirmPasswordReset(api, { token, newPassword: values.newPassword });
      navigate(accountPaths.login, { replace: true, state: notice('reset.done') });
    },
    { validate: (values) => validateWith(PasswordResetConfirmSchema, { token, ...values }, t) },
  );

  return (
    <Page title={t('reset.title')}>
      {token.length < TOKEN_MIN ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('reset.missingToken')}</p>
        </Alert>
      ) : (
        <form className="ws-form" noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={form.errors} labels={labels} />
          <TextField
            {...form.field('newPassword')}
            label={labels.newPassword}
            type="password"
            autoComplete="new-password"
            description={t('reset.newHint', { count: PASSWORD_MIN })}
          />
          <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
            {t('reset.submit')}
          </Button>
        </form>
      )}
      <p className="utrecht-paragraph ws-after-form">
        <TextLink to={accountPaths.forgotPassword}>{t('reset.requestNew')}</TextLink>
      </p>
    </Page>
  );
}
