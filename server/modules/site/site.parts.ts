import type { ModuleParts, Platform } from '../../platform/module.ts';
import { createSharePreviews } from './share-previews.ts';
import { siteAssetRoutes } from './site-assets.routes.ts';
import { createSitePage } from './site-page.ts';
import { siteRoutes } from './site.routes.ts';
import { createSiteService } from './site.service.ts';

/** The municipality's identity, its footer pages and what the server puts into each page's HTML. */
export function createSiteParts({ db, clock, audit, ports, settings }: Platform): ModuleParts {
  const site = createSiteService({ db, clock, audit });
  const previews = createSharePreviews({
    initiatives: ports.initiatives,
    budgeting: ports.budgeting,
    areas: ports.areas,
  });
  return {
    routes: siteRoutes({ site }),
    unversionedRoutes: siteAssetRoutes({ site }),
    indexHtml: createSitePage({ site, previews, publicUrl: settings.publicUrl }),
  };
}
