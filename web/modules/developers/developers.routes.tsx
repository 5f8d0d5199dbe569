import { lazy } from 'react';
import type { WebModule } from '../../app/web-module.ts';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const ApiDocsPage = lazy(() => import('./api-docs-page.tsx').then((m) => ({ default: m.ApiDocsPage })));

/** For developers: the API reference, linked from the footer. */
export const developersModule: WebModule = {
  name: 'developers',
  routes: [{ path: '/api-docs', element: <ApiDocsPage /> }],
};
