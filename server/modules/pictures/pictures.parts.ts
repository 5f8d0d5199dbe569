import type { ModuleParts, Platform } from '../../platform/module.ts';
import { createDiskPictureStore } from './disk-picture-store.ts';
import { createPictureSubjects } from './picture-subjects.ts';
import { picturesPersonalData } from './pictures.privacy.ts';
import { pictureFilesRoutes, picturesRoutes } from './pictures.routes.ts';
import { createPicturesService } from './pictures.service.ts';

/** Pictures on initiatives, updates and budget proposals, kept in the disk store under PICTURES_DIR. */
export function createPicturesParts({ db, clock, ids, audit, ports, settings }: Platform): ModuleParts {
  const pictures = createPicturesService({
    db,
    clock,
    ids,
    audit,
    store: createDiskPictureStore(settings.pictures.directory),
    subjects: createPictureSubjects({
      initiatives: ports.initiatives,
      budgeting: ports.budgeting,
      areas: ports.areas,
      now: () => clock.now(),
    }),
  });
  return {
    routes: picturesRoutes(pictures, settings.pictures),
    unversionedRoutes: pictureFilesRoutes(pictures),
    jobs: [{ name: 'picture-files', everyMs: 10 * 60_000, run: () => pictures.sweepRemoved() }],
    personalData: [picturesPersonalData],
  };
}
