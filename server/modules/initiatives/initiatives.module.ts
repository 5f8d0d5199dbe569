import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PersonalDataSource } from '../accounts/privacy.ts';
import { activitiesRoutes } from './activities/activities.routes.ts';
import { createActivitiesService } from './activities/activities.service.ts';
import type { InitiativesDeps } from './initiatives.deps.ts';
import { initiativesRoutes } from './initiatives.routes.ts';
import { createInitiativesService } from './initiatives.service.ts';
import { membersRoutes } from './members.routes.ts';
import { createMembersService } from './members.service.ts';
import { moderationRoutes } from './moderation/moderation.routes.ts';
import { createModerationService } from './moderation/moderation.service.ts';
import { needsRoutes } from './needs/needs.routes.ts';
import { createNeedsService } from './needs/needs.service.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { createNotificationsService } from './notifications/notifications.service.ts';
import { organisationsRoutes } from './organisations/organisations.routes.ts';
import { createOrganisationsService } from './organisations/organisations.service.ts';
import { createPartnersService } from './organisations/partners.service.ts';
import { createPledgesService } from './needs/pledges.service.ts';
import { initiativesPersonalData } from './privacy.ts';
import { createReminderJob, type ReminderJob } from './support/reminders.ts';
import { createResponsesService } from './support/responses.service.ts';
import { createSignUpsService } from './activities/sign-ups.service.ts';
import { supportRoutes } from './support/support.routes.ts';
import { createSupportService } from './support/support.service.ts';
import { createUpdatesService } from './activities/updates.service.ts';

export interface InitiativesModule {
  /** Register under the /api/v1 prefix. */
  routes: FastifyPluginAsyncZod;
  personalData: PersonalDataSource;
  /** The response-deadline reminder job (idempotent; safe on a timer in every instance). */
  runReminders: ReminderJob;
}

/** Builds the initiatives module: its services, routes, personal-data source and reminder job. */
export function createInitiativesModule(deps: InitiativesDeps): InitiativesModule {
  const initiatives = createInitiativesService(deps);
  const organisations = createOrganisationsService(deps);
  const routes: FastifyPluginAsyncZod = async (app) => {
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
    await app.register(notificationsRoutes(createNotificationsService(deps)));
  };
  return { routes, personalData: initiativesPersonalData(deps), runReminders: createReminderJob(deps) };
}
