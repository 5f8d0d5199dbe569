import { lazy } from 'react';
import type { Me } from '../../../contracts/accounts.ts';
import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import { hasRole } from '../../app/session-context.ts';
import type { WebModule } from '../../app/web-module.ts';
import { initiativePaths } from './initiatives.paths.ts';
import './initiatives.css';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const InitiativePage = lazy(() => import('./initiative-page.tsx').then((m) => ({ default: m.InitiativePage })));
const InitiativesMapPage = lazy(() =>
  import('./initiatives-map-page.tsx').then((m) => ({ default: m.InitiativesMapPage })),
);
const InitiativesPage = lazy(() => import('./initiatives-page.tsx').then((m) => ({ default: m.InitiativesPage })));
const ModerationPage = lazy(() => import('./moderation-page.tsx').then((m) => ({ default: m.ModerationPage })));
const EditInitiativePage = lazy(() =>
  import('./new-initiative-page.tsx').then((m) => ({ default: m.EditInitiativePage })),
);
const NewInitiativePage = lazy(() =>
  import('./new-initiative-page.tsx').then((m) => ({ default: m.NewInitiativePage })),
);
const OpenNeedsPage = lazy(() => import('./open-needs-page.tsx').then((m) => ({ default: m.OpenNeedsPage })));
const NewOrganisationPage = lazy(() =>
  import('./organisations-pages.tsx').then((m) => ({ default: m.NewOrganisationPage })),
);
const OrganisationPage = lazy(() => import('./organisations-pages.tsx').then((m) => ({ default: m.OrganisationPage })));
const OrganisationsPage = lazy(() =>
  import('./organisations-pages.tsx').then((m) => ({ default: m.OrganisationsPage })),
);
const ResponseTimesPage = lazy(() =>
  import('./response-times-page.tsx').then((m) => ({ default: m.ResponseTimesPage })),
);
const WorklistPage = lazy(() => import('./worklist-page.tsx').then((m) => ({ default: m.WorklistPage })));

const answersForMunicipality = (me: Me | null) => hasRole(me, 'civil_servant') || hasRole(me, 'steering_officer');

export const initiativesModule: WebModule = {
  name: 'initiatives',
  routes: [
    { path: initiativePaths.browse, element: <InitiativesPage /> },
    { path: initiativePaths.map, element: <InitiativesMapPage /> },
    { path: initiativePaths.openNeeds, element: <OpenNeedsPage /> },
    { path: initiativePaths.responseTimes, element: <ResponseTimesPage /> },
    {
      path: initiativePaths.create,
      element: (
        <RequireLogin>
          <NewInitiativePage />
        </RequireLogin>
      ),
    },
    { path: initiativePaths.initiativePattern, element: <InitiativePage /> },
    {
      path: initiativePaths.editPattern,
      element: (
        <RequireLogin>
          <EditInitiativePage />
        </RequireLogin>
      ),
    },
    {
      path: initiativePaths.worklist,
      element: (
        <RequireRole role={['civil_servant', 'steering_officer', 'administrator']}>
          <WorklistPage />
        </RequireRole>
      ),
    },
    {
      path: initiativePaths.moderation,
      element: (
        <RequireRole role="civil_servant">
          <ModerationPage />
        </RequireRole>
      ),
    },
    { path: initiativePaths.organisations, element: <OrganisationsPage /> },
    {
      path: initiativePaths.newOrganisation,
      element: (
        <RequireLogin>
          <NewOrganisationPage />
        </RequireLogin>
      ),
    },
    { path: initiativePaths.organisationPattern, element: <OrganisationPage /> },
  ],
  nav: [
    { to: initiativePaths.browse, label: 'initiatives.nav.browse', slot: 'main', order: 20 },
    {
      to: initiativePaths.worklist,
      label: 'initiatives.nav.worklist',
      slot: 'main',
      order: 60,
      visible: answersForMunicipality,
    },
    {
      to: initiativePaths.moderation,
      label: 'initiatives.nav.moderation',
      slot: 'main',
      order: 61,
      visible: (me) => hasRole(me, 'civil_servant'),
    },
  ],
};
