import { useEffect, useState } from 'react';
import type { AreaKind, AreaSummary } from '../../contracts/areas.ts';
import { useApi } from '../app/api-context.ts';
import type { ApiClient } from '../app/api-client.ts';
import type { PageOf } from '../lib/use-paged-list.ts';

export interface AreaChoices {
  districts: AreaSummary[];
  neighbourhoods: AreaSummary[];
  loading: boolean;
  failed: boolean;
}

/** Every page of one kind of area (bounded: a municipality has a few hundred neighbourhoods at most). */
async function allOfKind(api: ApiClient, kind: AreaKind): Promise<AreaSummary[]> {
  const items: AreaSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<PageOf<AreaSummary>>('/areas', { kind, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < 5_000);
  return items;
}

/** The districts (wijken) and neighbourhoods (buurten) to choose from in an area checklist. */
export function useAreaChoices(): AreaChoices {
  const api = useApi();
  const [state, setState] = useState<AreaChoices>({ districts: [], neighbourhoods: [], loading: true, failed: false });
  useEffect(() => {
    let current = true;
    Promise.all([allOfKind(api, 'district'), allOfKind(api, 'neighbourhood')]).then(
      ([districts, neighbourhoods]) =>
        current && setState({ districts, neighbourhoods, loading: false, failed: false }),
      () => current && setState((previous) => ({ ...previous, loading: false, failed: true })),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return state;
}
