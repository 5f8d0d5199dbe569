/** Staff act for the municipality or a care organisation; their actions never count as residents'. */
export type ActorKind = 'resident' | 'staff' | 'organisation' | 'system';

export interface ActivityLogTable {
  id: string;
  verb: string;
  actor_id: string | null;
  organisation_id: string | null;
  /** The resident (account or help recipient) a professional acted for; the actor is then staff. */
  on_behalf_of_id: string | null;
  /** Who the event benefited, where there is one: the resident helped, the receiver of hours. */
  counterpart_id: string | null;
  /** The actor's home neighbourhood when it happened. */
  actor_area_id: string | null;
  actor_kind: ActorKind;
  subject_type: string;
  subject_id: string;
  area_id: string | null;
  domain: string | null;
  hours: number | null;
  amount_cents: number | null;
  occurred_at: string;
  /** When the event entered the log (null before migration 0012); the monitor folds in by it. */
  recorded_at: string | null;
}

export interface ActivityTables {
  activity_log: ActivityLogTable;
}
