import type { Db } from '../../db/database.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { scopeOf, type Authority, ROLE_ADMINISTRATORS } from '../../http/scope.ts';
import type { AuditEntry } from '../../../contracts/audit.ts';
import { coveredAreas, type AreasPort } from '../areas/areas.port.ts';
import { createAuditRepository, type AuditFilter } from './audit.repository.ts';
import type { AuditLogTable } from './audit.tables.ts';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  areaId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /**
   * The grant the action rested on, as the scope checks in `http/scope.ts` return it: the writer
   * records its role and area as the scope the action was done in. Null when the action needed no
   * grant (a resident's own account, the system, the command line). Required, so that no
   * privileged action is logged without its scope.
   */
  authority: Authority | null;
}

export interface AuditDeps {
  clock: Clock;
  ids: IdGenerator;
}

/**
 * Privileged actions are recorded in the same transaction as the change they describe:
 * pass the transaction as `db`, so the record and the change land together or not at all.
 */
export function createAuditWriter({ clock, ids }: AuditDeps) {
  return async (db: Db, record: AuditRecord): Promise<void> => {
    await createAuditRepository(db).insert({
      id: ids(),
      actor_id: record.actorId,
      action: record.action,
      subject_type: record.subjectType,
      subject_id: record.subjectId,
      area_id: record.areaId ?? null,
      before_json: record.before === undefined ? null : JSON.stringify(record.before),
      after_json: record.after === undefined ? null : JSON.stringify(record.after),
      reason: record.reason ?? null,
      occurred_at: clock.now().toISOString(),
      scope_role: record.authority?.role ?? null,
      scope_area_id: record.authority?.areaId ?? null,
    });
  };
}
export type AuditWriter = ReturnType<typeof createAuditWriter>;

export function createAuditService(db: Db, areas: Pick<AreasPort, 'subtree'>) {
  return {
    /**
     * A municipality-wide administrator reads everything; an administrator for an area reads the
     * entries about its areas or done in its scope (either area inside its own), nothing else.
     */
    async list(caller: Caller, filter: AuditFilter, limit: number, cursor?: string) {
      const within = await coveredAreas(areas, scopeOf(caller, ROLE_ADMINISTRATORS));
      const rows = await createAuditRepository(db).list(
        within === null ? filter : { ...filter, within },
        limit,
        decodeCursor(cursor),
      );
      return toPage(rows, limit, (row) => ({ sort: row.occurred_at, id: row.id }), presentAuditEntry);
    },
  };
}

function parseJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

export function presentAuditEntry(row: AuditLogTable): AuditEntry {
  return {
    id: row.id,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    areaId: row.area_id,
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
    reason: row.reason,
    occurredAt: row.occurred_at,
    scope: row.scope_role === null ? null : { role: row.scope_role, areaId: row.scope_area_id },
  };
}
