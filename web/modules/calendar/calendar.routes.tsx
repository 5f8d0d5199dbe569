import { lazy } from 'react';
import { RequireLogin } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { calendarPaths } from './calendar.paths.ts';
import './calendar.css';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const AgendaPage = lazy(() => import('./agenda-page.tsx').then((m) => ({ default: m.AgendaPage })));
const FollowingPage = lazy(() => import('./following-page.tsx').then((m) => ({ default: m.FollowingPage })));

/** A neighbourhood's calendar with its iCal feed, and "Wat ik volg". */
export const calendarModule: WebModule = {
  name: 'calendar',
  routes: [
    { path: calendarPaths.agendaPattern, element: <AgendaPage /> },
    {
      path: calendarPaths.following,
      element: (
        <RequireLogin>
          <FollowingPage />
        </RequireLogin>
      ),
    },
  ],
  nav: [
    {
      to: calendarPaths.following,
      label: 'calendar.nav',
      slot: 'account',
      order: 17,
      visible: (me) => me !== null,
    },
  ],
};
