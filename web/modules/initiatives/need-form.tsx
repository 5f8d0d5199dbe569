import { useTranslation } from 'react-i18next';
import { needKinds, type CreateNeed, type NeedKind } from '../../../contracts/initiatives-needs.ts';
import { useApi } from '../../app/api-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { initiativesApi } from './initiatives.api.ts';
import { needKindText } from './initiatives-texts.ts';

const localToIso = (local: string) => (local ? new Date(local).toISOString() : '');

/** Organisers post a need: how many volunteers and when, which materials, how much money, or an offer. */
export function NeedForm({ initiativeId, onCreated }: { initiativeId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({
    needKind: 'volunteers',
    needTitle: '',
    needDescription: '',
    needPeople: '3',
    needStartsAt: '',
    needItems: '10',
    needUnit: '',
    needAmount: '',
  });
  const labels = {
    needKind: t('initiatives.needForm.kind'),
    needTitle: t('initiatives.needForm.title'),
    needDescription: t('initiatives.needForm.description'),
    needPeople: t('initiatives.needForm.people'),
    needStartsAt: t('initiatives.needForm.startsAt'),
    needItems: t('initiatives.needForm.items'),
    needUnit: t('initiatives.needForm.unit'),
    needAmount: t('initiatives.needForm.amount'),
  };
  const kind = form.values.needKind as NeedKind;

  const onSubmit = form.handleSubmit(
    async (v) => {
      const base = { title: v.needTitle, description: v.needDescription };
      const body: CreateNeed =
        kind === 'volunteers'
          ? { kind, ...base, people: Number(v.needPeople), startsAt: localToIso(v.needStartsAt) }
          : kind === 'materials'
            ? { kind, ...base, items: Number(v.needItems), ...(v.needUnit.trim() ? { unit: v.needUnit } : {}) }
            : kind === 'money'
              ? { kind, ...base, amountCents: Math.round(Number(v.needAmount.replace(',', '.')) * 100) }
              : kind === 'expertise'
                ? { kind, ...base, people: Number(v.needPeople) }
                : { kind, ...base };
      await initiativesApi.createNeed(api, initiativeId, body);
      form.setValues((values) => ({ ...values, needTitle: '', needDescription: '' }));
      onCreated();
    },
    {
      problems: {
        rename: {
          kind: 'needKind',
          title: 'needTitle',
          description: 'needDescription',
          people: 'needPeople',
          startsAt: 'needStartsAt',
          items: 'needItems',
          unit: 'needUnit',
          amountCents: 'needAmount',
        },
      },
    },
  );

  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <SelectField
        {...form.field('needKind')}
        label={labels.needKind}
        options={needKinds.map((k) => ({ value: k, label: needKindText(t, k) }))}
      />
      <TextField {...form.field('needTitle')} label={labels.needTitle} />
      <TextField {...form.field('needDescription')} label={labels.needDescription} optional />
      {(kind === 'volunteers' || kind === 'expertise') && (
        <TextField {...form.field('needPeople')} type="number" min="1" step="1" label={labels.needPeople} />
      )}
      {kind === 'volunteers' && (
        <TextField
          {...form.field('needStartsAt')}
          type="datetime-local"
          label={labels.needStartsAt}
          description={t('initiatives.needForm.startsAtHint')}
        />
      )}
      {kind === 'materials' && (
        <>
          <TextField {...form.field('needItems')} type="number" min="1" step="1" label={labels.needItems} />
          <TextField
            {...form.field('needUnit')}
            label={labels.needUnit}
            optional
            description={t('initiatives.needForm.unitHint')}
          />
        </>
      )}
      {kind === 'money' && (
        <TextField
          {...form.field('needAmount')}
          inputMode="decimal"
          label={labels.needAmount}
          description={t('initiatives.needForm.amountHint')}
        />
      )}
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('initiatives.needForm.submit')}
      </Button>
    </form>
  );
}
