import { RequireLogin } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { timebankPath } from './timebank.api.ts';
import { TimebankPage } from './timebank-page.tsx';

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
