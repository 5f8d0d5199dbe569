import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-areas.ts';
import * as m0003 from './0003-initiatives.ts';
import * as m0004 from './0004-help.ts';
import * as m0005 from './0005-budgeting.ts';
import * as m0006 from './0006-rate-limits.ts';
import * as m0007 from './0007-job-leases.ts';
import * as m0008 from './0008-login-throttles.ts';
import * as m0009 from './0009-audit-scope.ts';
import * as m0010 from './0010-timebank-memo-erasure.ts';
import * as m0011 from './0011-activity-measuring.ts';
import * as m0012 from './0012-activity-recorded-at.ts';
import * as m0013 from './0013-monitor.ts';
import * as m0014 from './0014-data-versions.ts';
import * as m0015 from './0015-notification-centre.ts';
import * as m0016 from './0016-login-providers.ts';
import * as m0017 from './0017-steering.ts';
import * as m0018 from './0018-follows.ts';
import * as m0019 from './0019-site.ts';
import * as m0020 from './0020-pictures.ts';
import * as m0021 from './0021-monitor-withheld.ts';
import * as m0022 from './0022-account-name-search.ts';
import * as m0023 from './0023-monitor-window-totals.ts';
import * as m0024 from './0024-monitor-data-version.ts';

/** Numbered and append-only: never edit a migration that has shipped; add a new one. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-areas': m0002,
  '0003-initiatives': m0003,
  '0004-help': m0004,
  '0005-budgeting': m0005,
  '0006-rate-limits': m0006,
  '0007-job-leases': m0007,
  '0008-login-throttles': m0008,
  '0009-audit-scope': m0009,
  '0010-timebank-memo-erasure': m0010,
  '0011-activity-measuring': m0011,
  '0012-activity-recorded-at': m0012,
  '0013-monitor': m0013,
  '0014-data-versions': m0014,
  '0015-notification-centre': m0015,
  '0016-login-providers': m0016,
  '0017-steering': m0017,
  '0018-follows': m0018,
  '0019-site': m0019,
  '0020-pictures': m0020,
  '0021-monitor-withheld': m0021,
  '0022-account-name-search': m0022,
  '0023-monitor-window-totals': m0023,
  '0024-monitor-data-version': m0024,
};
