import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { PictureFields } from '../../ui/picture-upload.tsx';
import { useForm } from '../../ui/use-form.ts';
import { picturesApi } from '../pictures/pictures.api.ts';
import { budgetApi } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { parseEuros } from './budgeting-texts.ts';
import { TextAreaField } from './text-area-field.tsx';
import { useRound } from './use-round.ts';

/** A resident's proposal: what, where (in words, never a home address) and roughly what it costs. */
export function NewProposalPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const roundId = useParams().roundId ?? '';
  const { round } = useRound(roundId);
  const form = useForm({ title: '', description: '', cost: '', areaId: '', location: '', 'picture-alt': '' });
  const [picture, setPicture] = useState<File | null>(null);
  const labels = {
    title: t('budget.form.title'),
    description: t('budget.form.description'),
    cost: t('budget.form.cost'),
    areaId: t('budget.form.area'),
    location: t('budget.form.location'),
    'picture-file': t('pictures.upload.file'),
    'picture-alt': t('pictures.upload.altText'),
  };
  const areaId = form.values.areaId || round?.areas[0]?.id || '';
  const onSubmit = form.handleSubmit(
    async (v) => {
      const proposal = await budgetApi.propose(api, roundId, {
        title: v.title,
        description: v.description,
        estimatedCostCents: parseEuros(v.cost) ?? 0,
        areaId,
        location: v.location,
      });
      // The proposal stands; a picture that fails can be added again on the round's page.
      const pictureAdded =
        !picture ||
        (await picturesApi
          .upload(api, {
            subjectType: 'budget-proposal',
            subjectId: proposal.id,
            altText: v['picture-alt'].trim(),
            file: picture,
          })
          .then(
            () => true,
            () => false,
          ));
      await navigate(budgetPaths.round(roundId), {
        state: pictureAdded
          ? notice('budget.form.submitted', 'ok')
          : notice('pictures.proposal.pictureFailed', 'warning'),
      });
    },
    {
      validate: (v) => {
        const fields: Record<string, string> = {};
        if (parseEuros(v.cost) === null) fields.cost = t('budget.form.amountInvalid');
        // A picture is optional; with one, what it shows is not.
        if (picture && v['picture-alt'].trim().length < 3) fields['picture-alt'] = t('pictures.upload.describe');
        if (!picture && v['picture-alt'].trim()) fields['picture-file'] = t('pictures.upload.chooseFile');
        return { fields, general: null };
      },
      problems: { rename: { estimatedCostCents: 'cost' } },
    },
  );

  return (
    <Page
      title={t('budget.form.pageTitle')}
      lead={round ? t('budget.form.lead', { round: round.title }) : undefined}
      crumbs={[
        { to: budgetPaths.home, label: t('budget.title') },
        ...(round ? [{ to: budgetPaths.round(round.id), label: round.title }] : []),
      ]}
    >
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('title')} label={labels.title} maxLength={120} />
        <TextAreaField
          {...form.field('description')}
          label={labels.description}
          description={t('budget.form.descriptionHint')}
        />
        <TextField
          {...form.field('cost')}
          label={labels.cost}
          inputMode="decimal"
          description={t('budget.form.costHint')}
        />
        {round && round.areas.length > 1 && (
          <SelectField
            {...form.field('areaId')}
            value={areaId}
            label={labels.areaId}
            options={round.areas.map((a) => ({ value: a.id, label: a.name }))}
          />
        )}
        <TextField
          {...form.field('location')}
          label={labels.location}
          optional
          description={t('budget.form.locationHint')}
        />
        <fieldset className="utrecht-form-fieldset ws-field">
          <legend className="utrecht-form-fieldset__legend">{t('pictures.proposal.legend')}</legend>
          <PictureFields
            id="picture"
            optional
            file={picture}
            onFile={setPicture}
            altText={form.values['picture-alt']}
            onAltText={form.field('picture-alt').onValue}
            errors={{ file: form.errors.fields['picture-file'], altText: form.errors.fields['picture-alt'] }}
          />
        </fieldset>
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('budget.form.submit')}
        </Button>
      </form>
    </Page>
  );
}
