export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  area_id: string | null;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  occurred_at: string;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
