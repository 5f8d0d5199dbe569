import { lazy } from 'react';
import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import { hasRole } from '../../app/session-context.ts';
import type { WebModule } from '../../app/web-module.ts';
import { helpPaths } from './help.paths.ts';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const HelpHomePage = lazy(() => import('./help-home-page.tsx').then((m) => ({ default: m.HelpHomePage })));
const InvitationsPage = lazy(() => import('./invitations-page.tsx').then((m) => ({ default: m.InvitationsPage })));
const NewRequestPage = lazy(() => import('./new-request-page.tsx').then((m) => ({ default: m.NewRequestPage })));
const OffersPage = lazy(() => import('./offers-page.tsx').then((m) => ({ default: m.OffersPage })));
const RequestPage = lazy(() => import('./request-page.tsx').then((m) => ({ default: m.RequestPage })));
const TeamPage = lazy(() => import('./team-page.tsx').then((m) => ({ default: m.TeamPage })));

export const helpModule: WebModule = {
  name: 'help',
  routes: [
    {
      path: helpPaths.home,
      element: (
        <RequireLogin>
          <HelpHomePage />
        </RequireLogin>
      ),
    },
    {
      path: helpPaths.newRequest,
      element: (
        <RequireLogin>
          <NewRequestPage />
        </RequireLogin>
      ),
    },
    {
      path: helpPaths.requestPattern,
      element: (
        <RequireLogin>
          <RequestPage />
        </RequireLogin>
      ),
    },
    {
      path: helpPaths.offers,
      element: (
        <RequireLogin>
          <OffersPage />
        </RequireLogin>
      ),
    },
    {
      path: helpPaths.invitations,
      element: (
        <RequireLogin>
          <InvitationsPage />
        </RequireLogin>
      ),
    },
    {
      path: helpPaths.team,
      element: (
        <RequireRole role="professional">
          <TeamPage />
        </RequireRole>
      ),
    },
  ],
  nav: [
    { to: helpPaths.home, label: 'nav.help', slot: 'main', order: 30, visible: (me) => me !== null },
    {
      to: helpPaths.team,
      label: 'nav.helpTeam',
      slot: 'main',
      order: 31,
      visible: (me) => hasRole(me, 'professional'),
    },
  ],
};
