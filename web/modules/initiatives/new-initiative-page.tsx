import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Page } from '../../ui/page.tsx';
import { useLoad } from '../areas/use-load.ts';
import { InitiativeForm } from './initiative-form.tsx';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';

/** Start an initiative: it begins as an idea, with you as its initiator. */
export function NewInitiativePage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { me } = useSession();
  return (
    <Page
      title={t('initiatives.form.newTitle')}
      lead={t('initiatives.form.newLead')}
      crumbs={[{ to: initiativePaths.browse, label: t('initiatives.browse.title') }]}
    >
      <InitiativeForm
        onBehalfAllowed={hasRole(me, 'professional')}
        submitLabel={t('initiatives.form.create')}
        onSave={async (values) => {
          const created = await initiativesApi.create(api, values);
          await navigate(initiativePaths.initiative(created.id), { state: notice('initiatives.form.created') });
        }}
      />
    </Page>
  );
}

/** Organisers edit what the initiative is about. */
export function EditInitiativePage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { initiativeId = '' } = useParams();
  const loaded = useLoad(() => initiativesApi.get(api, initiativeId), initiativeId);
  const initiative = loaded.data;
  if (loaded.error)
    return (
      <Page title={t('initiatives.form.editTitle')}>
        <Alert type="error">{t('initiatives.loadError')}</Alert>
      </Page>
    );
  if (!initiative)
    return (
      <Page title={t('initiatives.form.editTitle')}>
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      </Page>
    );
  return (
    <Page
      title={t('initiatives.form.editTitle')}
      crumbs={[
        { to: initiativePaths.browse, label: t('initiatives.browse.title') },
        { to: initiativePaths.initiative(initiative.id), label: initiative.title },
      ]}
    >
      {!initiative.viewer.canEdit ? (
        <Alert type="warning">{t('initiatives.form.notOrganiser')}</Alert>
      ) : (
        <InitiativeForm
          initial={initiative}
          onBehalfAllowed={false}
          submitLabel={t('common.save')}
          onSave={async ({ title, summary, description, domain, areaIds }) => {
            await initiativesApi.update(api, initiative.id, { title, summary, description, domain, areaIds });
            await navigate(initiativePaths.initiative(initiative.id), { state: notice('initiatives.form.saved') });
          }}
        />
      )}
    </Page>
  );
}
