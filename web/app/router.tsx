import { createBrowserRouter } from 'react-router';
import { Layout } from './layout.tsx';
import { webModules } from './modules.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

/** One layout around every module's routes; a page that throws is shown inside the layout. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [...webModules.flatMap((module) => module.routes), { path: '*', element: <NotFoundPage /> }],
        },
      ],
    },
  ]);
}
