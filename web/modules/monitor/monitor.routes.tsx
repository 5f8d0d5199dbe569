import { RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { withSections } from '../../lib/i18n/i18n.ts';
import { monitorPaths } from './monitor.paths.ts';

const texts = <T,>(page: Promise<T>) => withSections(page, 'monitor');

/**
 * Gemeenschapskracht. Every page is loaded on demand (`lazy`), so the chart, map and network code
 * (d3-scale, d3-shape, d3-force) stays out of the first load of the other pages.
 */
export const monitorModule: WebModule = {
  name: 'monitor',
  routes: [
    {
      path: monitorPaths.home,
      lazy: async () => ({ Component: (await texts(import('./dashboard/dashboard-page.tsx'))).DashboardPage }),
    },
    {
      path: monitorPaths.map,
      lazy: async () => ({ Component: (await texts(import('./map/map-page.tsx'))).MonitorMapPage }),
    },
    {
      path: monitorPaths.surveyImport,
      lazy: async () => {
        const [{ SurveyImportPage }, { RequireSurveyImporter }] = await Promise.all([
          texts(import('./admin/survey-import-page.tsx')),
          import('./admin/require-staff.tsx'),
        ]);
        return {
          Component: () => (
            <RequireSurveyImporter>
              <SurveyImportPage />
            </RequireSurveyImporter>
          ),
        };
      },
    },
    {
      path: monitorPaths.weights,
      lazy: async () => {
        const { WeightsPage } = await texts(import('./admin/weights-page.tsx'));
        return {
          Component: () => (
            <RequireRole role="administrator">
              <WeightsPage />
            </RequireRole>
          ),
        };
      },
    },
    {
      path: monitorPaths.areaPattern,
      lazy: async () => ({ Component: (await texts(import('./dashboard/dashboard-page.tsx'))).DashboardPage }),
    },
    {
      path: monitorPaths.networkPattern,
      lazy: async () => ({ Component: (await texts(import('./network/network-page.tsx'))).NetworkPage }),
    },
  ],
  nav: [{ to: monitorPaths.home, label: 'monitor.nav', slot: 'main', order: 45 }],
};
