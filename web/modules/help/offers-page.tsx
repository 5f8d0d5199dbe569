import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayParts, helpKinds, weekdays, type HelpKind, type Slot } from '../../../contracts/help.ts';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { AreaChecklist } from '../../ui/area-checklist.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Page } from '../../ui/page.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { helpApi } from './help.api.ts';
import { helpPaths } from './help.paths.ts';
import { kindText } from './help-texts.ts';
import { useNeighbourhoods } from './use-neighbourhoods.ts';

/** The most neighbourhoods one offer may name (NewOfferSchema in contracts/help.ts). */
const OFFER_AREAS_MAX = 20;

function toggle<T>(list: T[], item: T, on: boolean, same: (a: T, b: T) => boolean = (a, b) => a === b): T[] {
  return on ? [...list, item] : list.filter((x) => !same(x, item));
}

/** Mijn aanbod: what I can do, where, when and how often. */
export function OffersPage() {
  const { t } = useTranslation();
  const api = useApi();
  const areas = useNeighbourhoods();
  const [version, setVersion] = useState(0);
  const offers = usePagedList((cursor) => helpApi.myOffers(api, cursor), `offers-${version}`);
  const [kinds, setKinds] = useState<HelpKind[]>([]);
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [slots, setSlots] = useState<Slot[]>([]);
  const form = useForm({ description: '', maxPerWeek: '2' });
  const labels = {
    description: t('help.offer.description'),
    maxPerWeek: t('help.offer.maxPerWeek'),
    kinds: t('help.offer.kinds'),
    areaIds: t('help.offer.areas'),
  };
  const nameOf = (id: string) => areas.find((a) => a.id === id)?.name ?? id;
  const sameSlot = (a: Slot, b: Slot) => a.day === b.day && a.part === b.part;

  const onSubmit = form.handleSubmit(
    async (v) => {
      await helpApi.offer(api, {
        kinds,
        areaIds,
        availability: slots,
        description: v.description,
        maxPerWeek: Number(v.maxPerWeek),
      });
      setKinds([]);
      setSlots([]);
      setVersion((n) => n + 1);
    },
    { problems: { fields: ['kinds', 'areaIds'] } },
  );

  return (
    <Page
      title={t('help.offer.title')}
      lead={t('help.offer.lead')}
      crumbs={[{ to: helpPaths.home, label: t('help.title') }]}
    >
      <ul className="ws-card-list">
        {offers.items.map((o) => (
          <li key={o.id} className="ws-card">
            <p className="utrecht-paragraph">
              {o.kinds.map((k) => kindText(t, k)).join(', ')} · {o.areaIds.map(nameOf).join(', ')}
            </p>
            <p className="utrecht-paragraph">{t('help.offer.perWeek', { count: o.maxPerWeek })}</p>
            <ConfirmButton
              label={t('help.offer.remove')}
              variant="subtle"
              title={t('confirm.offerRemove.title')}
              confirmLabel={t('confirm.offerRemove.yes')}
              onConfirm={() => helpApi.removeOffer(api, o.id).then(() => setVersion((n) => n + 1))}
            >
              <p className="utrecht-paragraph">{t('confirm.offerRemove.text')}</p>
            </ConfirmButton>
          </li>
        ))}
      </ul>
      <h2 className="utrecht-heading-2">{t('help.offer.newTitle')}</h2>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <fieldset className="utrecht-form-fieldset ws-field" id="kinds">
          <legend className="utrecht-form-fieldset__legend">{labels.kinds}</legend>
          {helpKinds.map((k) => (
            <label key={k} className="utrecht-form-label ws-check">
              <input
                type="checkbox"
                className="utrecht-checkbox"
                checked={kinds.includes(k)}
                onChange={(e) => setKinds((all) => toggle(all, k, e.target.checked))}
              />{' '}
              {kindText(t, k)}
            </label>
          ))}
        </fieldset>
        <AreaChecklist
          id="areaIds"
          legend={labels.areaIds}
          error={form.errors.fields.areaIds}
          selected={areaIds}
          onChange={setAreaIds}
          max={OFFER_AREAS_MAX}
        />
        <fieldset className="utrecht-form-fieldset ws-field">
          <legend className="utrecht-form-fieldset__legend">{t('help.offer.availability')}</legend>
          {weekdays.map((day) => (
            <div key={day} className="ws-check-row">
              <span className="ws-slot-day">{t(`help.days.${day}` as 'help.days.mon')}:</span>{' '}
              {dayParts.map((part) => (
                <label key={part} className="utrecht-form-label ws-check">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox"
                    aria-label={`${t(`help.days.${day}` as 'help.days.mon')} ${t(`help.dayParts.${part}` as 'help.dayParts.morning')}`}
                    checked={slots.some((s) => sameSlot(s, { day, part }))}
                    onChange={(e) => setSlots((all) => toggle(all, { day, part }, e.target.checked, sameSlot))}
                  />{' '}
                  {t(`help.dayParts.${part}` as 'help.dayParts.morning')}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <TextField {...form.field('description')} label={labels.description} optional />
        <TextField {...form.field('maxPerWeek')} type="number" min="1" max="14" label={labels.maxPerWeek} />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('help.offer.submit')}
        </Button>
      </form>
    </Page>
  );
}
