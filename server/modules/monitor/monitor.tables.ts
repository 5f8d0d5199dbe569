import type { IndicatorId, SurveyTopic } from '../../../contracts/monitor.ts';
import type { ColumnType } from 'kysely';

/**
 * The monitor's own tables (migration 0013). The first four are facts folded from the activity
 * log, one calendar day (Amsterdam) at a time: folding a day again replaces its facts, so the
 * facts are a pure function of the log however late an event arrived. Figures are computed from
 * the facts for a few dates (month ends and the latest day) and kept, so no request scans the log.
 */

/** One resident active on one day, by home neighbourhood: what kinds of things they did. */
export interface MonitorResidentDaysTable {
  day: string;
  area_id: string;
  resident_id: string;
  gives: number;
  receives: number;
  organises: number;
  votes: number;
}

/** Day totals per area (the event's area): help requests, hours, pledges, and running totals' steps. */
export interface MonitorCountsTable {
  day: string;
  area_id: string;
  measure: string;
  value: number;
}

/** Moments that start or end a duration (a help request and its match, a threshold and its response). */
export interface MonitorMilestonesTable {
  day: string;
  milestone: string;
  subject_id: string;
  area_id: string | null;
  occurred_at: string;
}

/** Ties of shared activity: a resident (or organisation, or the municipality) and what they acted with. */
export interface MonitorLinksTable {
  day: string;
  /** The from-node's area: a resident's home neighbourhood, else the event's area. */
  area_id: string;
  from_node: string;
  to_node: string;
  to_area_id: string | null;
}

/**
 * Window totals (migration 0023): per resident and home area, the last day they were active and the
 * last day they gave, received and voted (null: never), up to the last folded day. The latest date's
 * window is read from here: active in the window when the last day falls in it.
 */
export interface MonitorWindowResidentsTable {
  area_id: string;
  resident_id: string;
  last_day: string;
  last_gives: string | null;
  last_receives: string | null;
  last_votes: string | null;
}

/** Window totals: every distinct tie and the last day it was seen; `to_area_id` '' for none. */
export interface MonitorWindowTiesTable {
  area_id: string;
  from_node: string;
  to_node: string;
  to_area_id: string;
  last_day: string;
}

/** The figures per area for one date (the window ends on `as_of`), kept for the dashboard and the trend. */
export interface MonitorValuesTable {
  as_of: string;
  area_id: string;
  indicator: IndicatorId;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How many residents (or requests, pledges) the figure rests on; null when none are persons. */
  base: number | null;
  /** 1 when withheld to protect a suppressed sibling (secondary suppression, `withhold.ts`). */
  withheld: ColumnType<number, number | undefined, number>;
}

/** The latest network picture per area, as JSON (node sizes before suppression, applied on reading). */
export interface MonitorNetworksTable {
  area_id: string;
  as_of: string;
  network_json: string;
}

export interface MonitorSurveyTable {
  area_id: string;
  topic: SurveyTopic;
  period: string;
  value: number;
  unit: 'score' | 'percent';
  respondents: number;
  source: string;
  imported_at: string;
  imported_by: string;
}

/** Key/value: the fold's watermark, the latest date computed, the index weights. */
export interface MonitorStateTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface MonitorTables {
  monitor_resident_days: MonitorResidentDaysTable;
  monitor_counts: MonitorCountsTable;
  monitor_milestones: MonitorMilestonesTable;
  monitor_links: MonitorLinksTable;
  monitor_window_residents: MonitorWindowResidentsTable;
  monitor_window_ties: MonitorWindowTiesTable;
  monitor_values: MonitorValuesTable;
  monitor_networks: MonitorNetworksTable;
  monitor_survey: MonitorSurveyTable;
  monitor_state: MonitorStateTable;
}
