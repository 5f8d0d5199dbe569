import type { IndicatorId } from '../../../contracts/monitor.ts';
import { IndexWeightsSchema } from '../../../contracts/monitor.ts';
import type { Db } from '../../db/database.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import { applyIndexWeights, communityIndex, defaultIndexSettings, presentStored } from './indicators.ts';
import { createMonitorRepository } from './monitor.repository.ts';
import { LATEST, WEIGHTS } from './monitor.service.ts';

/** An area's latest community-power figures, as the public sees them (suppressed figures are null). */
export interface AreaFigures {
  areaId: string;
  /** The last day of the window; null before the monitor's first run. */
  asOf: string | null;
  /** The community-power index (0–100), null when too little is shown. */
  index: number | null;
  values: Partial<Record<IndicatorId, number | null>>;
}

/** What other modules may ask the monitor (the steering advice): an area's latest figures and index. */
export interface MonitorPort {
  latestFigures(areaIds: readonly string[]): Promise<Map<string, AreaFigures>>;
}

export function createMonitorPort(deps: {
  db: Db;
  areas: Pick<AreasPort, 'hierarchy'>;
  minResidents: number;
}): MonitorPort {
  const repo = createMonitorRepository(deps.db);
  return {
    async latestFigures(areaIds) {
      const found = new Map<string, AreaFigures>();
      if (areaIds.length === 0) return found;
      const [asOf, stored, nodes] = await Promise.all([
        repo.state(LATEST),
        repo.state(WEIGHTS),
        deps.areas.hierarchy(),
      ]);
      const parsed = stored ? IndexWeightsSchema.safeParse(JSON.parse(stored)) : null;
      const settings = applyIndexWeights(defaultIndexSettings(), parsed?.success ? parsed.data : null);
      const population = new Map(nodes.map((node) => [node.id, node.population]));
      const rows = asOf ? await repo.valuesAt(asOf, [...new Set(areaIds)]) : [];
      for (const areaId of new Set(areaIds)) {
        const figures = rows
          .filter((row) => row.area_id === areaId)
          .map((row) => presentStored(row, population.get(areaId) ?? null, deps.minResidents));
        found.set(areaId, {
          areaId,
          asOf: figures.length > 0 ? asOf : null,
          index: communityIndex(figures, settings).value,
          values: Object.fromEntries(figures.map((figure) => [figure.indicator, figure.value])),
        });
      }
      return found;
    },
  };
}
