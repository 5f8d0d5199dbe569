import { useTranslation } from 'react-i18next';
import { providerKinds } from '../../../../contracts/steering.ts';
import { SelectField } from '../../../ui/select-field.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi } from '../steering.api.ts';
import { providerText } from '../steering-texts.ts';
import { useApi } from '../../../app/api-context.ts';

export interface ProviderFieldNames {
  provider: string;
  initiative: string;
  organisation: string;
}

/** Who carries a task: the kind, and for community or co-production the initiative (and a legal entity). */
export function ProviderFields({
  areaId,
  names,
  values,
  errors,
  onValue,
  labels,
}: {
  areaId: string;
  names: ProviderFieldNames;
  values: Record<string, string>;
  errors: Partial<Record<string, string>>;
  onValue: (name: string, value: string) => void;
  labels: Record<string, string>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const initiatives = useLoad(
    async () => (areaId ? steeringApi.initiativesIn(api, areaId) : []),
    `initiatives:${areaId}`,
  );
  const organisations = useLoad(() => steeringApi.organisations(api), 'organisations');
  const provider = values[names.provider] ?? 'municipality';
  const byInitiative = provider === 'community' || provider === 'co_production';
  return (
    <>
      <SelectField
        name={names.provider}
        label={labels[names.provider] ?? ''}
        value={provider}
        onValue={(value) => onValue(names.provider, value)}
        error={errors[names.provider]}
        options={providerKinds.map((p) => ({ value: p, label: providerText(t, p) }))}
      />
      {byInitiative && (
        <SelectField
          name={names.initiative}
          label={labels[names.initiative] ?? ''}
          value={values[names.initiative] ?? ''}
          onValue={(value) => onValue(names.initiative, value)}
          error={errors[names.initiative]}
          description={t('steering.taskForm.initiativeHint')}
          options={[
            { value: '', label: t('steering.taskForm.chooseInitiative') },
            ...(initiatives.data ?? []).map((i) => ({ value: i.id, label: i.title })),
          ]}
        />
      )}
      <SelectField
        name={names.organisation}
        label={labels[names.organisation] ?? ''}
        value={values[names.organisation] ?? ''}
        onValue={(value) => onValue(names.organisation, value)}
        error={errors[names.organisation]}
        options={[
          { value: '', label: t('steering.taskForm.noOrganisation') },
          ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
    </>
  );
}
