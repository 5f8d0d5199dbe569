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
    areas: ports.areas,
    help: ports.help,
  });
  return {
    routes: timebankRoutes({ timebank }),
    personalData: [timebankPersonalData],
    ports: { timebank },
  };
}
