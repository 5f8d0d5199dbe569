import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { TimebankService } from '../timebank/timebank.service.ts';
import type { HelpAreas } from './help-areas.ts';
import type { Notifier } from './notifications.ts';

/** What the help services are built from; each service picks the part it needs. */
export interface HelpDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  areas: HelpAreas;
  activity: ActivityRecorder;
  audit: AuditWriter;
  notify: Notifier;
  timebank: Pick<TimebankService, 'transfer'>;
  /** Requests nobody answered within this many hours go to the neighbourhood team. */
  escalationHours: number;
}

export const todayOf = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
