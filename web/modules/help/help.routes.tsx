import { RequireLogin, RequireRole } from '../../app/guards.tsx';
import { hasRole } from '../../app/session-context.ts';
import type { WebModule } from '../../app/web-module.ts';
import { HelpHomePage } from './help-home-page.tsx';
import { helpPaths } from './help.paths.ts';
import { InvitationsPage } from './invitations-page.tsx';
import { NewRequestPage } from './new-request-page.tsx';
import { OffersPage } from './offers-page.tsx';
import { RequestPage } from './request-page.tsx';
import { TeamPage } from './team-page.tsx';

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
