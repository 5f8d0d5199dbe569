import type { AreaSummary } from '../../../contracts/areas.ts';
import { useApi } from '../../app/api-context.ts';
import { areasApi } from '../areas/areas.api.ts';
import { useLoad } from '../areas/use-load.ts';

/** Every neighbourhood (buurt), by name; bounded (a few hundred at most). */
export function useNeighbourhoods(): AreaSummary[] {
  const api = useApi();
  const loaded = useLoad(
    async () => (await areasApi.all(api, { kind: 'neighbourhood' })).sort((a, b) => a.name.localeCompare(b.name)),
    'neighbourhoods',
  );
  return loaded.data ?? [];
}

export function nameOfArea(areas: AreaSummary[], id: string): string {
  return areas.find((a) => a.id === id)?.name ?? id;
}
