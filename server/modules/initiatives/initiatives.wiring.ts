import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { RolesService } from '../accounts/roles.service.ts';
import { createActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { areaLookupFrom, type AreasServiceSlice } from './areas-adapter.ts';
import type { AccountNames, InitiativesDeps, InitiativesSettings } from './initiatives.deps.ts';
import { staffDirectoryFrom } from './staff-directory.ts';

export interface PlatformServices {
  areas: AreasServiceSlice;
  /** The verification module: the neighbourhoods an account is verified for now. */
  verifiedAreas(accountId: string): Promise<string[]>;
  roles: Pick<RolesService, 'listAccounts'>;
  accounts: AccountNames;
}

/** The module's dependencies from the platform's services (app.ts, the CLI and the job use this). */
export function initiativesDepsFrom(
  base: { db: Db; clock: Clock; ids: IdGenerator; audit: AuditWriter; settings: InitiativesSettings },
  services: PlatformServices,
): InitiativesDeps {
  return {
    ...base,
    activity: createActivityRecorder(base),
    areas: areaLookupFrom(services.areas),
    verification: { verifiedNeighbourhoods: services.verifiedAreas },
    staff: staffDirectoryFrom(services.roles),
    accounts: services.accounts,
  };
}
