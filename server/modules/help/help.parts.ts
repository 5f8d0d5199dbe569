import type { ModuleParts, Platform } from '../../platform/module.ts';
import { createEscalationService, escalateDueRequests } from './requests/escalation.service.ts';
import type { HelpPort } from './help.port.ts';
import { helpNotificationKinds } from './help.notification-kinds.ts';
import { createHelpPersonalData } from './help.privacy.ts';
import { helpRoutes } from './help.routes.ts';
import type { HelpDeps } from './help.deps.ts';
import { createMatchingService } from './matching/matching.service.ts';
import { createNotifier } from './notifications.ts';
import { createOffersService } from './offers/offers.service.ts';
import { createRequestsRepository } from './requests/requests.repository.ts';
import { createRequestsService } from './requests/requests.service.ts';
import { safetyRoutes } from './safety/safety.routes.ts';
import { createSafetyService } from './safety/safety.service.ts';

/** What the help services are built from, for the module and its commands alike. */
export function helpDepsOf(platform: Platform): HelpDeps {
  const { db, clock, ids, audit, activity, ports, settings } = platform;
  return {
    db,
    clock,
    ids,
    audit,
    activity,
    areas: ports.areas,
    verification: ports.verification,
    accounts: ports.accounts,
    timebank: ports.timebank,
    notify: createNotifier(ports.notifications),
    escalationHours: settings.help.escalationHours,
  };
}

/** Neighbourhood help: requests and offers, matching, safety (VOG, guardians, blocks) and escalation. */
export function createHelpParts(platform: Platform): ModuleParts {
  const deps = helpDepsOf(platform);
  const requests = createRequestsService(deps);
  const matching = createMatchingService(deps, requests);
  const offers = createOffersService(deps);
  const safety = createSafetyService(deps);
  const escalation = createEscalationService(deps, safety);
  const help: HelpPort = {
    areaOfRequest: async (requestId) => (await createRequestsRepository(deps.db).find(requestId))?.area_id,
  };
  return {
    routes: async (api) => {
      await api.register(helpRoutes({ requests, matching, offers }));
      await api.register(safetyRoutes({ safety, escalation }));
    },
    jobs: [
      {
        name: 'help-escalation',
        everyMs: 15 * 60_000,
        run: async (now) => {
          await escalateDueRequests({ ...deps, clock: { now: () => now } });
        },
      },
    ],
    personalData: [createHelpPersonalData(platform.ports.notifications)],
    notificationKinds: helpNotificationKinds.kinds,
    ports: { help },
  };
}
