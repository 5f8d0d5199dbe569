import type { ModuleParts, Platform } from '../../platform/module.ts';
import { activitiesRoutes } from './activities/activities.routes.ts';
import { createActivitiesService } from './activities/activities.service.ts';
import type { InitiativesDeps } from './initiatives.deps.ts';
import { initiativesNotificationKinds } from './initiatives.notification-kinds.ts';
import { createInitiativesPort } from './initiatives.port.ts';
import { initiativesRoutes } from './initiatives.routes.ts';
import { createInitiativesService } from './initiatives.service.ts';
import { membersRoutes } from './members/members.routes.ts';
import { createMembersService } from './members/members.service.ts';
import { moderationRoutes } from './moderation/moderation.routes.ts';
import { createModerationService } from './moderation/moderation.service.ts';
import { needsRoutes } from './needs/needs.routes.ts';
import { createNeedsService } from './needs/needs.service.ts';
import { organisationsRoutes } from './organisations/organisations.routes.ts';
import { createOrganisationsService } from './organisations/organisations.service.ts';
import { createPartnersService } from './organisations/partners.service.ts';
import { createPledgesService } from './needs/pledges.service.ts';
import { initiativesPersonalData } from './privacy.ts';
import { createReminderJob } from './support/reminders.ts';
import { createResponsesService } from './support/responses.service.ts';
import { createSignUpsService } from './activities/sign-ups.service.ts';
import { supportRoutes } from './support/support.routes.ts';
import { createSupportService } from './support/support.service.ts';
import { createUpdatesService } from './activities/updates.service.ts';

/** What the initiatives services are built from, for the module and its commands alike. */
export function initiativesDepsOf(platform: Platform): InitiativesDeps {
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
    notifications: ports.notifications,
    settings: settings.initiatives,
  };
}

/**
 * Initiatives: members, needs and pledges, activities, organisations, support and the
 * municipality's response duty and moderation (its notifications go through the notification centre).
 */
export function createInitiativesParts(platform: Platform): ModuleParts {
  const deps = initiativesDepsOf(platform);
  const initiatives = createInitiativesService(deps);
  const organisations = createOrganisationsService(deps);
  return {
    routes: async (app) => {
      await app.register(initiativesRoutes(initiatives));
      await app.register(membersRoutes(createMembersService(deps)));
      await app.register(needsRoutes(createNeedsService(deps), createPledgesService(deps)));
      await app.register(
        activitiesRoutes({
          updates: createUpdatesService(deps),
          activities: createActivitiesService(deps),
          signUps: createSignUpsService(deps),
        }),
      );
      await app.register(organisationsRoutes(organisations, createPartnersService(deps, organisations)));
      await app.register(supportRoutes(createSupportService(deps), createResponsesService(deps, initiatives)));
      await app.register(moderationRoutes(createModerationService(deps)));
    },
    jobs: [
      {
        name: 'initiative-response-reminders',
        everyMs: 60 * 60_000,
        run: async (now) => {
          await createReminderJob({ ...deps, clock: { now: () => now } })();
        },
      },
    ],
    personalData: [initiativesPersonalData(deps)],
    notificationKinds: initiativesNotificationKinds.kinds,
    ports: { initiatives: createInitiativesPort(deps.db) },
  };
}
