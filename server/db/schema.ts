import type { AccountsTables } from '../modules/accounts/accounts.tables.ts';
import type { LoginProvidersTables } from '../modules/accounts/login-providers/login-providers.tables.ts';
import type { ActivityTables } from '../modules/activity/activity.tables.ts';
import type { AreasTables } from '../modules/areas/areas.tables.ts';
import type { AuditTables } from '../modules/audit/audit.tables.ts';
import type { BudgetingTables } from '../modules/budgeting/budgeting.tables.ts';
import type { CalendarTables } from '../modules/calendar/calendar.tables.ts';
import type { MonitorTables } from '../modules/monitor/monitor.tables.ts';
import type { NotificationsTables } from '../modules/notifications/notifications.tables.ts';
import type { SteeringTables } from '../modules/steering/steering.tables.ts';
import type { InitiativesTables } from '../modules/initiatives/initiatives.tables.ts';
import type { HelpTables } from '../modules/help/help.tables.ts';
import type { TimebankTables } from '../modules/timebank/timebank.tables.ts';
import type { RateLimitTables } from '../http/rate-limit.tables.ts';
import type { DataVersionsTables } from '../http/data-versions.tables.ts';
import type { JobLeasesTables } from '../platform/jobs/job-leases.tables.ts';
import type { SiteTables } from '../modules/site/site.tables.ts';
import type { PicturesTables } from '../modules/pictures/pictures.tables.ts';
import type { VerificationTables } from '../modules/verification/verification.tables.ts';

/** The whole database, assembled from each module's own table types. */
export interface Database
  extends
    SteeringTables,
    AccountsTables,
    LoginProvidersTables,
    AuditTables,
    ActivityTables,
    AreasTables,
    VerificationTables,
    RateLimitTables,
    DataVersionsTables,
    JobLeasesTables,
    HelpTables,
    TimebankTables,
    InitiativesTables,
    BudgetingTables,
    CalendarTables,
    MonitorTables,
    NotificationsTables,
    PicturesTables,
    SiteTables {}
