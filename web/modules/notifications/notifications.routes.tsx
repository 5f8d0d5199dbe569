import { lazy } from 'react';
import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { notificationPaths } from './notifications.paths.ts';
import './notifications.css';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const NotificationCentrePage = lazy(() =>
  import('./notification-centre-page.tsx').then((m) => ({ default: m.NotificationCentrePage })),
);
const PreferencesPage = lazy(() => import('./preferences-page.tsx').then((m) => ({ default: m.PreferencesPage })));
const OpenNotificationPage = lazy(() =>
  import('./open-notification-page.tsx').then((m) => ({ default: m.OpenNotificationPage })),
);
const UnsubscribePage = lazy(() => import('./unsubscribe-page.tsx').then((m) => ({ default: m.UnsubscribePage })));
const OutboxPage = lazy(() => import('./outbox-page.tsx').then((m) => ({ default: m.OutboxPage })));

/** The notification centre: my notifications from every module, my choice per kind, unsubscribing, the outbox. */
export const notificationsModule: WebModule = {
  name: 'notifications',
  routes: [
    {
      path: notificationPaths.centre,
      element: (
        <RequireLogin>
          <NotificationCentrePage />
        </RequireLogin>
      ),
    },
    {
      path: notificationPaths.preferences,
      element: (
        <RequireLogin>
          <PreferencesPage />
        </RequireLogin>
      ),
    },
    {
      path: notificationPaths.openPattern,
      element: (
        <RequireLogin>
          <OpenNotificationPage />
        </RequireLogin>
      ),
    },
    { path: notificationPaths.unsubscribe, element: <UnsubscribePage /> },
    {
      path: notificationPaths.outbox,
      element: (
        <RequireRole role="administrator">
          <OutboxPage />
        </RequireRole>
      ),
    },
  ],
  nav: [
    {
      to: notificationPaths.centre,
      label: 'notifications.nav',
      slot: 'account',
      order: 16,
      visible: (me) => me !== null,
    },
  ],
};
