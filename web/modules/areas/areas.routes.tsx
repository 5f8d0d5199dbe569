import { lazy } from 'react';
import { RequireLogin } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { areaPaths } from './areas.paths.ts';
import './areas.css';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const AreaPage = lazy(() => import('./area-page.tsx').then((m) => ({ default: m.AreaPage })));
const MapPage = lazy(() => import('./map-page.tsx').then((m) => ({ default: m.MapPage })));
const MyNeighbourhoodPage = lazy(() =>
  import('./my-neighbourhood-page.tsx').then((m) => ({ default: m.MyNeighbourhoodPage })),
);

export const areasModule: WebModule = {
  name: 'areas',
  routes: [
    { path: areaPaths.map, element: <MapPage /> },
    { path: areaPaths.areaPattern, element: <AreaPage /> },
    {
      path: areaPaths.myNeighbourhood,
      element: (
        <RequireLogin>
          <MyNeighbourhoodPage />
        </RequireLogin>
      ),
    },
  ],
  nav: [
    { to: areaPaths.map, label: 'areas.navMap', slot: 'main', order: 5 },
    { to: areaPaths.myNeighbourhood, label: 'areas.navMine', slot: 'account', order: 15, visible: (me) => me !== null },
  ],
};
