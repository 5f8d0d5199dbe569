import type { Db } from '../../db/database.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import type { AuditEntry } from '../../../contracts/audit.ts';
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
    });
  };
}
export type AuditWriter = ReturnType<typeof createAuditWriter>;

export function createAuditService(db: Db) {
  return {
    async list(filter: AuditFilter, limit: number, cursor?: string) {
      const rows = await createAuditRepository(db).list(filter, limit, decodeCursor(cursor));
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
  };
}
