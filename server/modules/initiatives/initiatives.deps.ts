import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { AccountsPort } from '../accounts/accounts.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { NotificationsPort } from '../notifications/notifications.port.ts';
import type { VerificationPort } from '../verification/verification.port.ts';

export interface InitiativesSettings {
  /** Supports from verified residents after which the municipality owes a public response. */
  supportThreshold: number;
  /** Days the municipality has to respond once the threshold is reached. */
  responseDeadlineDays: number;
  /** Days before the deadline from which a duty is "due soon" and the responsible person is reminded. */
  responseDueSoonDays: number;
}

export const DEFAULT_SETTINGS: InitiativesSettings = {
  supportThreshold: 50,
  responseDeadlineDays: 42,
  responseDueSoonDays: 7,
};

export interface InitiativesDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  activity: ActivityRecorder;
  areas: AreasPort;
  verification: Pick<VerificationPort, 'verifiedAreas'>;
  /** Display names, and the civil servants who answer for an area (reminded of response duties). */
  accounts: Pick<AccountsPort, 'displayNames' | 'staffFor'>;
  /** The notification centre: notify inside a transaction; erasure rewrites what quotes a person. */
  notifications: Pick<NotificationsPort, 'notify' | 'rewriteMessages'>;
  settings: InitiativesSettings;
}
