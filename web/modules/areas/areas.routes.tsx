import { RequireLogin } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { AreaPage } from './area-page.tsx';
import { areaPaths } from './areas.paths.ts';
import { MapPage } from './map-page.tsx';
import { MyNeighbourhoodPage } from './my-neighbourhood-page.tsx';
import './areas.css';

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
