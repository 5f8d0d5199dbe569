import { lazy } from 'react';
import { RequireRole } from '../../app/guards.tsx';
import { hasRole } from '../../app/session-context.ts';
import type { WebModule } from '../../app/web-module.ts';
import { adminPaths } from './admin.paths.ts';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const AdminHomePage = lazy(() => import('./admin-home-page.tsx').then((m) => ({ default: m.AdminHomePage })));
const AuditLogPage = lazy(() => import('./audit-log-page.tsx').then((m) => ({ default: m.AuditLogPage })));
const RolesPage = lazy(() => import('./roles-page.tsx').then((m) => ({ default: m.RolesPage })));

export const adminModule: WebModule = {
  name: 'admin',
  routes: [
    {
      path: adminPaths.home,
      element: (
        <RequireRole role="administrator">
          <AdminHomePage />
        </RequireRole>
      ),
    },
    {
      path: adminPaths.roles,
      element: (
        <RequireRole role="administrator">
          <RolesPage />
        </RequireRole>
      ),
    },
    {
      path: adminPaths.auditLog,
      element: (
        <RequireRole role="administrator">
          <AuditLogPage />
        </RequireRole>
      ),
    },
  ],
  nav: [
    { to: adminPaths.home, label: 'nav.admin', slot: 'main', order: 90, visible: (me) => hasRole(me, 'administrator') },
  ],
};
