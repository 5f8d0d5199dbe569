import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { hasRole, type Caller } from '../../http/auth.ts';
import type { PersonalDataSource } from '../accounts/privacy.ts';
import { createActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { timebankPersonalData } from '../timebank/timebank.privacy.ts';
import { timebankRoutes } from '../timebank/timebank.routes.ts';
import { createTimebankService } from '../timebank/timebank.service.ts';
import type { TimebankTransactionsTable } from '../timebank/timebank.tables.ts';
import { createEscalationService } from './escalation.service.ts';
import type { HelpAreas } from './help-areas.ts';
import { isTeamFor } from './help.policy.ts';
import { helpPersonalData } from './help.privacy.ts';
import { helpRoutes } from './help.routes.ts';
import { createMatchingService } from './matching.service.ts';
import { createNotifier } from './notifications.ts';
import { createOffersService } from './offers.service.ts';
import { createRequestsRepository } from './requests.repository.ts';
import { createRequestsService } from './requests.service.ts';
import { safetyRoutes } from './safety.routes.ts';
import { createSafetyService } from './safety.service.ts';

export interface HelpModuleDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  areas: HelpAreas;
  escalationHours: number;
  /** How far below zero a resident's time balance may go. */
  balanceLimitHours: number;
}

/** Builds the help and time-bank services, their routes and their personal-data sources. */
export function createHelpModule(deps: HelpModuleDeps) {
  const { db, clock, ids, audit, areas } = deps;
  const activity = createActivityRecorder({ clock, ids });
  const timebank = createTimebankService({
    db,
    clock,
    ids,
    activity,
    audit,
    limits: { memberMinutes: Math.round(deps.balanceLimitHours * 60), potMinutes: 0 },
    areaExists: areas.exists,
  });
  const helpDeps = {
    db,
    clock,
    ids,
    areas,
    activity,
    audit,
    notify: createNotifier({ clock, ids }),
    timebank,
    escalationHours: deps.escalationHours,
  };
  const requests = createRequestsService(helpDeps);
  const matching = createMatchingService(helpDeps, requests);
  const offers = createOffersService(helpDeps);
  const safety = createSafetyService(helpDeps);
  const escalation = createEscalationService(helpDeps, safety);

  async function mayReverse(caller: Caller, transaction: TimebankTransactionsTable): Promise<boolean> {
    if (hasRole(caller, ['administrator'])) return true;
    if (!transaction.request_id) return false;
    const request = await createRequestsRepository(db).find(transaction.request_id);
    return request !== undefined && isTeamFor(caller, await areas.lineage(request.area_id));
  }

  const routes: FastifyPluginAsyncZod = async (api) => {
    await api.register(helpRoutes({ requests, matching, offers }));
    await api.register(safetyRoutes({ safety, escalation }));
    await api.register(timebankRoutes({ timebank, mayReverse }));
  };

  const personalData: PersonalDataSource[] = [helpPersonalData, timebankPersonalData];
  return { routes, personalData, escalation, timebank, requests, matching, offers, safety };
}
export type HelpModule = ReturnType<typeof createHelpModule>;
