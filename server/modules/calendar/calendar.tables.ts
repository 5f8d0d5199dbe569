import type { FollowSubjectType } from '../../../contracts/calendar.ts';

/** A resident following an initiative or a budget round. */
export interface FollowsTable {
  account_id: string;
  subject_type: FollowSubjectType;
  subject_id: string;
  created_at: string;
}

export interface CalendarTables {
  follows: FollowsTable;
}
