import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { AccountsPort } from '../accounts/accounts.port.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
import type { MonitorPort } from '../monitor/monitor.port.ts';
import type { SteeringNotifier } from './notify.ts';

/** What the steering services are built from: shared infrastructure and the ports of the modules it reads. */
export interface SteeringDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  activity: ActivityRecorder;
  areas: Pick<AreasPort, 'lineage' | 'subtree' | 'refs'>;
  accounts: Pick<AccountsPort, 'displayNames' | 'staffFor'>;
  initiatives: Pick<
    InitiativesPort,
    'capacityOf' | 'organisersOf' | 'partnersOf' | 'initiativeTitles' | 'organisationNames'
  >;
  monitor: Pick<MonitorPort, 'latestFigures'>;
  notify: SteeringNotifier;
}
