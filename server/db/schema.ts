import type { AccountsTables } from '../modules/accounts/accounts.tables.ts';
import type { ActivityTables } from '../modules/activity/activity.tables.ts';
import type { AuditTables } from '../modules/audit/audit.tables.ts';
import type { RateLimitTables } from '../http/rate-limit.tables.ts';

/** The whole database, assembled from each module's own table types. */
export interface Database extends AccountsTables, AuditTables, ActivityTables, RateLimitTables {}
