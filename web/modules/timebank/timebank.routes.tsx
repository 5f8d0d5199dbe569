import { lazy } from 'react';
import { RequireLogin } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { timebankPath } from './timebank.api.ts';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const TimebankPage = lazy(() => import('./timebank-page.tsx').then((m) => ({ default: m.TimebankPage })));

export const timebankModule: WebModule = {
  name: 'timebank',
  routes: [
    {
      path: timebankPath,
      element: (
        <RequireLogin>
          <TimebankPage />
        </RequireLogin>
      ),
    },
  ],
  nav: [{ to: timebankPath, label: 'nav.timebank', slot: 'main', order: 32, visible: (me) => me !== null }],
};
