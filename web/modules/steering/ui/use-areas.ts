import { useTranslation } from 'react-i18next';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi } from '../steering.api.ts';
import { areaOptions, type AreaOption } from './area-options.ts';
import { useApi } from '../../../app/api-context.ts';

/** Every area as a choice (municipality, districts, neighbourhoods), once per page. */
export function useAreaOptions(): AreaOption[] {
  const { t } = useTranslation();
  const api = useApi();
  const loaded = useLoad(() => steeringApi.areas(api), 'steering-areas');
  return areaOptions(loaded.data ?? [], (area) => t(`areas.kinds.${area.kind}` as 'areas.kinds.district'));
}
