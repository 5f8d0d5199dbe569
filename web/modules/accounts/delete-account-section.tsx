import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EraseAccountSchema } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { useSession } from '../../app/session-context.ts';
import { Button } from '../../ui/button.tsx';
import { ConfirmStep } from '../../ui/confirm.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { problemErrors, validateWith } from '../../ui/form-errors.ts';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { accountsApi } from './accounts.api.ts';

/** The AVG/GDPR right to erasure, confirmed with the password so a borrowed device cannot do it. */
export function DeleteAccountSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me, signedOut } = useSession();
  // Erasure cannot be undone: after the form checks out, one more question says what will go.
  const [asking, setAsking] = useState(false);
  const [erasing, setErasing] = useState(false);
  // An account made through a log-in service has no password: its session is the confirmation.
  const withPassword = me?.hasPassword !== false;
  const navigate = useNavigate();
  // Named apart from other password fields on the page: ids must be unique.
  const form = useForm({ deletePassword: '' });
  const labels = { deletePassword: t('profile.deletePassword') };

  async function erase() {
    setErasing(true);
    try {
      await accountsApi.erase(api, withPassword ? form.values.deletePassword : undefined);
      // Leave this members-only page first, so it does not bounce to the login page on the way out.
      await navigate('/', { replace: true, flushSync: true, state: notice('profile.deleted') });
      signedOut();
    } catch (error) {
      setAsking(false);
      form.setErrors(
        problemErrors(error, t, i18n, {
          fields: Object.keys(form.values),
          rename: { password: 'deletePassword' },
        }),
      );
    } finally {
      setErasing(false);
    }
  }

  const onSubmit = form.handleSubmit(
    async () => {
      setAsking(true);
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
        {asking && (
          <ConfirmStep
            title={t('confirm.deleteAccount.title')}
            confirmLabel={t('confirm.deleteAccount.yes')}
            danger
            busy={erasing}
            onConfirm={() => void erase()}
            onCancel={() => setAsking(false)}
          >
            <p className="utrecht-paragraph">{t('confirm.deleteAccount.text')}</p>
          </ConfirmStep>
        )}
      </form>
    </section>
  );
}
