import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { todayInAmsterdam } from '../../platform/dutch-time.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { TimebankPort } from '../timebank/timebank.port.ts';
import type { AccountsPort } from '../accounts/accounts.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { VerificationPort } from '../verification/verification.port.ts';
import type { Notifier } from './notifications.ts';

/** What the help services are built from; each service picks the part it needs. */
export interface HelpDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  areas: AreasPort;
  verification: Pick<VerificationPort, 'verifiedAreasOf'>;
  activity: ActivityRecorder;
  audit: AuditWriter;
  notify: Notifier;
  timebank: TimebankPort;
  accounts: Pick<AccountsPort, 'displayNames' | 'isActive'>;
  /** Requests nobody answered within this many hours go to the neighbourhood team. */
  escalationHours: number;
}

/** Today's date (YYYY-MM-DD) in the Netherlands: from midnight to 02:00 Dutch time, UTC is still on yesterday. */
export const todayOf = (clock: Clock): string => todayInAmsterdam(clock.now());
