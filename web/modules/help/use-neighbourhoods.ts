import { useEffect, useState } from 'react';
import { useApi } from '../../app/api-context.ts';
import { helpApi, type AreaOption } from './help.api.ts';

/** The municipality's neighbourhoods for pickers (the first hundred; enough for a mid-size town). */
export function useNeighbourhoods(): AreaOption[] {
  const api = useApi();
  const [areas, setAreas] = useState<AreaOption[]>([]);
  useEffect(() => {
    let current = true;
    helpApi.neighbourhoods(api).then(
      (page) => current && setAreas(page.items),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  return areas;
}
