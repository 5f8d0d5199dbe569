import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ChangePasswordSchema, PASSWORD_MIN } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { accountsApi } from './accounts.api.ts';
import { accountPaths } from './accounts.paths.ts';

export function PasswordChangePage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const form = useForm({ currentPassword: '', newPassword: '' });
  const labels = { currentPassword: t('passwordChange.current'), newPassword: t('passwordChange.new') };

  const onSubmit = form.handleSubmit(
    async (values) => {
      await accountsApi.changePassword(api, values);
      navigate(accountPaths.account, { state: notice('passwordChange.done') });
    },
    { validate: (values) => validateWith(ChangePasswordSchema, values, t) },
  );

  return (
    <Page title={t('passwordChange.title')} crumbs={[{ to: accountPaths.account, label: t('profile.title') }]}>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField
          {...form.field('currentPassword')}
          label={labels.currentPassword}
          type="password"
          autoComplete="current-password"
        />
        <TextField
          {...form.field('newPassword')}
          label={labels.newPassword}
          type="password"
          autoComplete="new-password"
          description={t('passwordChange.newHint', { count: PASSWORD_MIN })}
        />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('passwordChange.submit')}
        </Button>
      </form>
      <p className="utrecht-paragraph ws-after-form">
        <TextLink to={accountPaths.account}>{t('passwordChange.back')}</TextLink>
      </p>
    </Page>
  );
}
