import { RequireRole } from '../../app/guards.tsx';
import { hasRole } from '../../app/session-context.ts';
import type { WebModule } from '../../app/web-module.ts';
import { AdminHomePage } from './admin-home-page.tsx';
import { adminPaths } from './admin.paths.ts';
import { AuditLogPage } from './audit-log-page.tsx';
import { RolesPage } from './roles-page.tsx';

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
