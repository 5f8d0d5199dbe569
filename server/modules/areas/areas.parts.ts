import type { ModuleParts, Platform } from '../../platform/module.ts';
import { createAreaImportService } from './area-import.service.ts';
import { areasRoutes } from './areas.routes.ts';
import { createAreasService } from './areas.service.ts';

/** The municipality, its districts (wijken) and neighbourhoods (buurten), and the CBS GeoJSON import. */
export function createAreasParts({ db, clock, ids, audit, settings }: Platform): ModuleParts {
  const areas = createAreasService(db);
  return {
    routes: areasRoutes({
      areas,
      importer: createAreaImportService({ db, clock, ids, audit }),
      mapTileUrl: settings.mapTileUrl,
    }),
    ports: { areas },
  };
}
