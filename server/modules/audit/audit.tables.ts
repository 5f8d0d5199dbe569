import type { Role } from '../../../contracts/roles.ts';

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
  /** The role of the grant the action rested on; null when it needed none (one's own account, the system). */
  scope_role: Role | null;
  /** The area of that grant; null for a municipality-wide grant (or no grant). */
  scope_area_id: string | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
