import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateProfileSchema } from '../../../contracts/accounts.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { accountsApi } from './accounts.api.ts';

export function DisplayNameForm({ current }: { current: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { signedIn } = useSession();
  const [saved, setSaved] = useState(false);
  const form = useForm({ displayName: current });
  const labels = { displayName: t('profile.displayName') };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setSaved(false);
      signedIn(await accountsApi.updateProfile(api, { displayName: values.displayName }));
      setSaved(true);
    },
    { validate: (values) => validateWith(UpdateProfileSchema, values, t) },
  );

  return (
    <section className="ws-section" aria-labelledby="profile-name">
      <h2 className="utrecht-heading-2" id="profile-name">
        {t('profile.nameTitle')}
      </h2>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('displayName')} label={labels.displayName} autoComplete="nickname" />
        <Button type="submit" variant="secondary" busy={form.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
        {saved && (
          <Alert type="ok" live>
            {t('profile.nameSaved')}
          </Alert>
        )}
      </form>
    </section>
  );
}
