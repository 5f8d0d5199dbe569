import type { Me } from '../../../contracts/accounts.ts';
import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import { hasRole } from '../../app/session-context.ts';
import type { WebModule } from '../../app/web-module.ts';
import { InitiativePage } from './initiative-page.tsx';
import { InitiativesMapPage } from './initiatives-map-page.tsx';
import { InitiativesPage } from './initiatives-page.tsx';
import { initiativePaths } from './initiatives.paths.ts';
import { ModerationPage } from './moderation-page.tsx';
import { EditInitiativePage, NewInitiativePage } from './new-initiative-page.tsx';
import { NotificationsPage } from './notifications-page.tsx';
import { OpenNeedsPage } from './open-needs-page.tsx';
import { NewOrganisationPage, OrganisationPage, OrganisationsPage } from './organisations-pages.tsx';
import { ResponseTimesPage } from './response-times-page.tsx';
import { WorklistPage } from './worklist-page.tsx';
import './initiatives.css';

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
    {
      path: initiativePaths.notifications,
      element: (
        <RequireLogin>
          <NotificationsPage />
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
        <RequireLogin>
          <WorklistPage />
        </RequireLogin>
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
    {
      to: initiativePaths.notifications,
      label: 'initiatives.nav.notifications',
      slot: 'account',
      order: 16,
      visible: (me) => me !== null,
    },
  ],
};
