import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { organisationKinds, type OrganisationKind } from '../../../contracts/initiatives-organisations.ts';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { useSession } from '../../app/session-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { ButtonLink, TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { useLoad } from '../areas/use-load.ts';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { organisationKindText, statusText } from './initiatives-texts.ts';
import { TextAreaField } from './text-area-field.tsx';
import { useAction } from './use-action.ts';

/** Associations, foundations, social enterprises, care providers, housing corporations, schools and companies. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [search, setSearch] = useSearchParams();
  const kind = search.get('soort') ?? '';
  const list = usePagedList((cursor) => initiativesApi.organisations(api, { kind }, cursor), kind);
  return (
    <Page title={t('initiatives.organisations.title')} lead={t('initiatives.organisations.lead')}>
      {me && (
        <div className="utrecht-button-group ws-button-row">
          <ButtonLink to={initiativePaths.newOrganisation}>{t('initiatives.organisations.new')}</ButtonLink>
        </div>
      )}
      <SelectField
        name="soort"
        label={t('initiatives.organisations.kind')}
        value={kind}
        onValue={(v) => setSearch(v ? { soort: v } : {})}
        options={[
          { value: '', label: t('initiatives.organisations.anyKind') },
          ...organisationKinds.map((k) => ({ value: k, label: organisationKindText(t, k) })),
        ]}
      />
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.organisations.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((o) => (
          <li key={o.id} className="ws-card">
            <h2 className="utrecht-heading-3 ws-card__title">
              <TextLink to={initiativePaths.organisation(o.id)}>{o.name}</TextLink>
            </h2>
            <p className="utrecht-paragraph ws-card__meta">{organisationKindText(t, o.kind)}</p>
          </li>
        ))}
      </ul>
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('initiatives.shown', { count: list.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
    </Page>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const { organisationId = '' } = useParams();
  const loaded = useLoad(() => initiativesApi.organisation(api, organisationId), `${organisationId}-${me?.id ?? ''}`);
  const partners = usePagedList(
    (cursor) => initiativesApi.organisationPartnerships(api, organisationId, cursor),
    organisationId,
  );
  const action = useAction();
  const crumbs = [{ to: initiativePaths.organisations, label: t('initiatives.organisations.title') }];
  const o = loaded.data;
  if (loaded.error)
    return (
      <Page title={t('initiatives.organisations.title')} crumbs={crumbs}>
        <Alert type="error">{t('initiatives.loadError')}</Alert>
      </Page>
    );
  if (!o)
    return (
      <Page title={t('initiatives.organisations.title')} crumbs={crumbs}>
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      </Page>
    );
  return (
    <Page title={o.name} lead={organisationKindText(t, o.kind)} crumbs={crumbs}>
      {o.moderation && (
        <Alert type="warning">{t('initiatives.moderation.hiddenNotice', { reason: o.moderation.reason })}</Alert>
      )}
      {o.description && <p className="utrecht-paragraph">{o.description}</p>}
      {o.website && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={o.website} rel="noopener noreferrer">
            {o.website}
          </a>
        </p>
      )}
      <p className="utrecht-paragraph">
        {t('initiatives.organisations.figures', {
          members: o.figures.members,
          partners: o.figures.partnerInitiatives,
          kept: o.figures.pledgesKept,
          made: o.figures.pledgesMade,
        })}
      </p>
      {action.error && (
        <Alert type="error" live>
          {action.error}
        </Alert>
      )}
      {me && !o.viewer.membership && (
        <Button
          variant="secondary"
          busy={action.busy === 'join'}
          onClick={() =>
            void action
              .run('join', () => initiativesApi.joinOrganisation(api, o.id))
              .then((ok) => ok && loaded.reload())
          }
        >
          {t('initiatives.organisations.join')}
        </Button>
      )}
      {o.viewer.membership?.status === 'requested' && (
        <p className="utrecht-paragraph" role="status">
          {t('initiatives.members.waiting')}
        </p>
      )}
      <section className="ws-section" aria-labelledby="organisation-partners">
        <h2 className="utrecht-heading-2" id="organisation-partners">
          {t('initiatives.organisations.partnerIn')}
        </h2>
        {!partners.loading && partners.items.length === 0 && (
          <p className="utrecht-paragraph">{t('initiatives.organisations.noPartners')}</p>
        )}
        <ul className="ws-plain-list">
          {partners.items.map((p) => (
            <li key={p.initiativeId}>
              <TextLink to={initiativePaths.initiative(p.initiativeId)}>{p.initiativeTitle}</TextLink> ·{' '}
              {statusText(t, p.initiativeStatus)}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

export function NewOrganisationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const form = useForm({ name: '', kind: 'association', description: '', website: '' });
  const labels = {
    name: t('initiatives.organisations.name'),
    kind: t('initiatives.organisations.kind'),
    description: t('initiatives.organisations.description'),
    website: t('initiatives.organisations.website'),
  };
  const onSubmit = form.handleSubmit(async (v) => {
    const created = await initiativesApi.createOrganisation(api, {
      name: v.name,
      kind: v.kind as OrganisationKind,
      description: v.description,
      ...(v.website.trim() ? { website: v.website } : {}),
    });
    await navigate(initiativePaths.organisation(created.id), { state: notice('initiatives.organisations.created') });
  });
  return (
    <Page
      title={t('initiatives.organisations.new')}
      crumbs={[{ to: initiativePaths.organisations, label: t('initiatives.organisations.title') }]}
    >
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('name')} label={labels.name} />
        <SelectField
          {...form.field('kind')}
          label={labels.kind}
          options={organisationKinds.map((k) => ({ value: k, label: organisationKindText(t, k) }))}
        />
        <TextAreaField {...form.field('description')} label={labels.description} optional />
        <TextField {...form.field('website')} type="url" label={labels.website} optional />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('initiatives.organisations.create')}
        </Button>
      </form>
    </Page>
  );
}
