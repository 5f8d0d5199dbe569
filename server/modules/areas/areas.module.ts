import { defineModule } from '../../platform/module.ts';
import { createAreaImportService } from './area-import.service.ts';
import { registerAreasCommands } from './areas.command.ts';
import { areasStep } from './areas.demo-step.ts';
import { areasRoutes } from './areas.routes.ts';
import { createAreasService } from './areas.service.ts';

/** The municipality, its districts (wijken) and neighbourhoods (buurten), and the CBS GeoJSON import. */
export const areasModule = defineModule({
  name: 'areas',
  create({ db, clock, ids, audit, settings }) {
    const areas = createAreasService(db);
    return {
      routes: areasRoutes({
        areas,
        importer: createAreaImportService({ db, clock, ids, audit }),
        mapTileUrl: settings.mapTileUrl,
      }),
      ports: { areas },
    };
  },
  commands: registerAreasCommands,
  demoSteps: [areasStep],
});
