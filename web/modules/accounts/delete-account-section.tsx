import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EraseAccountSchema } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { useSession } from '../../app/session-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { accountsApi } from './accounts.api.ts';

/** The AVG/GDPR right to erasure, confirmed with the password so a borrowed device cannot do it. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const api = useApi();
  const { me, signedOut } = useSession();
  // An account made through a log-in service has no password: its session is the confirmation.
  const withPassword = me?.hasPassword !== false;
  const navigate = useNavigate();
  // Named apart from other password fields on the page: ids must be unique.
  const form = useForm({ deletePassword: '' });
  const labels = { deletePassword: t('profile.deletePassword') };

  const onSubmit = form.handleSubmit(
    async (values) => {
      await accountsApi.erase(api, withPassword ? values.deletePassword : undefined);
      // Leave this members-only page first, so it does not bounce to the login page on the way out.
      await navigate('/', { replace: true, flushSync: true, state: notice('profile.deleted') });
      signedOut();
    },
    {
      validate: (values) =>
        validateWith(EraseAccountSchema, withPassword ? { password: values.deletePassword } : {}, t, {
          password: 'deletePassword',
        }),
      problems: { rename: { password: 'deletePassword' } },
    },
  );

  return (
    <section className="ws-section ws-danger-zone" aria-labelledby="profile-delete">
      <h2 className="utrecht-heading-2" id="profile-delete">
        {t('profile.deleteTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('profile.deleteText')}</p>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        {withPassword && (
          <TextField
            {...form.field('deletePassword')}
            label={labels.deletePassword}
            type="password"
            autoComplete="current-password"
          />
        )}
        <Button type="submit" variant="danger" busy={form.busy} busyLabel={t('common.saving')}>
          {t('profile.deleteButton')}
        </Button>
      </form>
    </section>
  );
}
