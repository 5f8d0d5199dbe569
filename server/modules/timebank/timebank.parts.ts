import { hasRole } from '../../http/auth.ts';
import type { ModuleParts, Platform } from '../../platform/module.ts';
import { timebankPersonalData } from './timebank.privacy.ts';
import { timebankRoutes } from './timebank.routes.ts';
import { createTimebankService } from './timebank.service.ts';

/** The double-entry time-bank ledger: balances, gifts, the neighbourhood pots and corrections. */
export function createTimebankParts({ db, clock, ids, activity, audit, ports, settings }: Platform): ModuleParts {
  const timebank = createTimebankService({
    db,
    clock,
    ids,
    activity,
    audit,
    limits: { memberMinutes: Math.round(settings.help.balanceLimitHours * 60), potMinutes: 0 },
    areaExists: (areaId) => ports.areas.exists(areaId),
    accounts: ports.accounts,
  });
  return {
    routes: timebankRoutes({
      timebank,
      // An administrator, or the neighbourhood team for the help request the hours were booked for.
      mayReverse: async (caller, transaction) =>
        hasRole(caller, ['administrator']) ||
        (transaction.request_id !== null && (await ports.help.isTeamForRequest(caller, transaction.request_id))),
    }),
    personalData: [timebankPersonalData],
    ports: { timebank },
  };
}
