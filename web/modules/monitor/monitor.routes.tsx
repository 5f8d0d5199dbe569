import { RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { monitorPaths } from './monitor.paths.ts';

/**
 * Gemeenschapskracht. Every page is loaded on demand (`lazy`), so the chart, map and network code
 * (d3-scale, d3-shape, d3-force) stays out of the first load of the other pages.
 */
export const monitorModule: WebModule = {
  name: 'monitor',
  routes: [
    {
      path: monitorPaths.home,
      lazy: async () => ({ Component: (await import('./dashboard/dashboard-page.tsx')).DashboardPage }),
    },
    {
      path: monitorPaths.map,
      lazy: async () => ({ Component: (await import('./map/map-page.tsx')).MonitorMapPage }),
    },
    {
      path: monitorPaths.surveyImport,
      lazy: async () => {
        const [{ SurveyImportPage }, { RequireSurveyImporter }] = await Promise.all([
          import('./admin/survey-import-page.tsx'),
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
        const { WeightsPage } = await import('./admin/weights-page.tsx');
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
      lazy: async () => ({ Component: (await import('./dashboard/dashboard-page.tsx')).DashboardPage }),
    },
    {
      path: monitorPaths.networkPattern,
      lazy: async () => ({ Component: (await import('./network/network-page.tsx')).NetworkPage }),
    },
  ],
  nav: [{ to: monitorPaths.home, label: 'monitor.nav', slot: 'main', order: 45 }],
};
