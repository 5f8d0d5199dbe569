import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { helpApi } from './help.api.ts';
import { helpPaths } from './help.paths.ts';
import { RequestCard } from './request-card.tsx';
import { GuardianForm, VogForm } from './team-safety-forms.tsx';
import { useNeighbourhoods } from './use-neighbourhoods.ts';

/** Wijkteam: escalated requests nobody answered, and residents who are not online. */
export function TeamPage() {
  const { t } = useTranslation();
  const api = useApi();
  const areas = useNeighbourhoods();
  const [version, setVersion] = useState(0);
  const worklist = usePagedList((cursor) => helpApi.worklist(api, cursor), 'worklist');
  const recipients = usePagedList((cursor) => helpApi.recipients(api, cursor), `recipients-${version}`);
  const form = useForm({ name: '', areaId: '', address: '', phone: '' });
  const labels = {
    name: t('help.team.name'),
    areaId: t('help.form.area'),
    address: t('help.form.address'),
    phone: t('help.form.phone'),
  };
  const nameOf = (id: string) => areas.find((a) => a.id === id)?.name;

  const onSubmit = form.handleSubmit(async (v) => {
    await helpApi.addRecipient(api, {
      name: v.name,
      areaId: v.areaId || (areas[0]?.id ?? ''),
      ...(v.address ? { address: v.address } : {}),
      ...(v.phone ? { phone: v.phone } : {}),
    });
    form.setValues({ name: '', areaId: v.areaId, address: '', phone: '' });
    setVersion((n) => n + 1);
  });

  return (
    <Page
      title={t('help.team.title')}
      lead={t('help.team.lead')}
      crumbs={[{ to: helpPaths.home, label: t('help.title') }]}
    >
      <section className="ws-section" aria-labelledby="team-worklist">
        <h2 className="utrecht-heading-2" id="team-worklist">
          {t('help.team.worklist')}
        </h2>
        {!worklist.loading && worklist.items.length === 0 && (
          <p className="utrecht-paragraph">{t('help.team.worklistEmpty')}</p>
        )}
        <ul className="ws-card-list">
          {worklist.items.map((r) => (
            <RequestCard key={r.id} request={r} areaName={nameOf(r.areaId)} />
          ))}
        </ul>
        {worklist.hasMore && (
          <LoadMore
            hasMore
            loading={worklist.loadingMore}
            onLoadMore={() => void worklist.loadMore()}
            shown={t('help.shown', { count: worklist.items.length })}
            end={t('help.allShown')}
          />
        )}
      </section>

      <section className="ws-section" aria-labelledby="team-recipients">
        <h2 className="utrecht-heading-2" id="team-recipients">
          {t('help.team.recipients')}
        </h2>
        <ul className="ws-card-list">
          {recipients.items.map((r) => (
            <li key={r.id} className="ws-card">
              <h3 className="utrecht-heading-3">{r.name}</h3>
              <p className="utrecht-paragraph">{nameOf(r.areaId) ?? r.areaId}</p>
              <TextLink to={`${helpPaths.newRequest}?recipientId=${encodeURIComponent(r.id)}`}>
                {t('help.team.askFor', { name: r.name })}
              </TextLink>
            </li>
          ))}
        </ul>
        {recipients.hasMore && (
          <LoadMore
            hasMore
            loading={recipients.loadingMore}
            onLoadMore={() => void recipients.loadMore()}
            shown={t('help.shown', { count: recipients.items.length })}
            end={t('help.allShown')}
          />
        )}
        <h3 className="utrecht-heading-3">{t('help.team.addTitle')}</h3>
        <form className="ws-form" noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={form.errors} labels={labels} />
          <TextField {...form.field('name')} label={labels.name} description={t('help.team.nameHint')} />
          <SelectField
            {...form.field('areaId')}
            label={labels.areaId}
            options={[{ value: '', label: '—' }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
          />
          <TextField {...form.field('address')} label={labels.address} optional />
          <TextField {...form.field('phone')} label={labels.phone} optional type="tel" />
          <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
            {t('help.team.add')}
          </Button>
        </form>
      </section>
      <GuardianForm recipients={recipients.items} />
      <VogForm />
    </Page>
  );
}
