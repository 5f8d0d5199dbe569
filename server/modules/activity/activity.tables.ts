export interface ActivityLogTable {
  id: string;
  verb: string;
  actor_id: string | null;
  organisation_id: string | null;
  on_behalf_of_id: string | null;
  subject_type: string;
  subject_id: string;
  area_id: string | null;
  domain: string | null;
  hours: number | null;
  amount_cents: number | null;
  occurred_at: string;
}

export interface ActivityTables {
  activity_log: ActivityLogTable;
}
