import { lazy } from 'react';
import { RequireRole } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { sitePaths } from './site.paths.ts';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const FooterPage = lazy(() => import('./footer-page.tsx').then((m) => ({ default: m.FooterPage })));
const SiteSettingsPage = lazy(() => import('./site-settings-page.tsx').then((m) => ({ default: m.SiteSettingsPage })));
const EditPagePage = lazy(() => import('./edit-page-page.tsx').then((m) => ({ default: m.EditPagePage })));

/** The footer pages every Dutch government site has, and the administrator's pages for the site's identity. */
export const siteModule: WebModule = {
  name: 'site',
  routes: [
    { path: sitePaths.privacy, element: <FooterPage slug="privacy" /> },
    { path: sitePaths.accessibility, element: <FooterPage slug="accessibility" /> },
    { path: sitePaths.contact, element: <FooterPage slug="contact" /> },
    {
      path: sitePaths.settings,
      element: (
        <RequireRole role="administrator">
          <SiteSettingsPage />
        </RequireRole>
      ),
    },
    {
      path: sitePaths.editPagePattern,
      element: (
        <RequireRole role="administrator">
          <EditPagePage />
        </RequireRole>
      ),
    },
  ],
};
