import type { Db } from '../../db/database.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { scopeOf, type Authority, ROLE_ADMINISTRATORS } from '../../http/scope.ts';
import type { AuditEntry } from '../../../contracts/audit.ts';
import type { AccountsPort } from '../accounts/accounts.port.ts';
import { coveredAreas, type AreasPort } from '../areas/areas.port.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
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

export interface AuditServiceDeps {
  areas: Pick<AreasPort, 'subtree' | 'refs'>;
  accounts: Pick<AccountsPort, 'displayNames'>;
  initiatives: Pick<InitiativesPort, 'contentTitles'>;
}

/** Names for the entries of one page, so the log reads as words instead of ids. */
interface AuditNames {
  accounts: Map<string, string>;
  areas: Map<string, { name: string }>;
  content: Map<string, { title: string | null; initiativeId: string | null; initiativeTitle: string | null }>;
}

const CONTENT_TYPES = new Set(['initiative', 'need', 'update', 'activity', 'pledge', 'organisation']);

export function createAuditService(db: Db, deps: AuditServiceDeps) {
  async function namesFor(rows: readonly AuditLogTable[]): Promise<AuditNames> {
    const accountIds = new Set<string>();
    const areaIds = new Set<string>();
    for (const row of rows) {
      if (row.actor_id) accountIds.add(row.actor_id);
      if (row.subject_type === 'account') accountIds.add(row.subject_id);
      if (row.subject_type === 'area') areaIds.add(row.subject_id);
      if (row.area_id) areaIds.add(row.area_id);
    }
    const content = rows
      .filter((row) => CONTENT_TYPES.has(row.subject_type))
      .map((row) => ({ type: row.subject_type, id: row.subject_id }));
    const [accounts, areas, titles] = await Promise.all([
      deps.accounts.displayNames([...accountIds]),
      deps.areas.refs([...areaIds]),
      deps.initiatives.contentTitles(content),
    ]);
    return { accounts, areas, content: titles };
  }

  return {
    /**
     * A municipality-wide administrator reads everything; an administrator for an area reads the
     * entries about its areas or done in its scope (either area inside its own), nothing else.
     * Each entry comes with the names of its actor, subject and area, looked up for this page only.
     */
    async list(caller: Caller, filter: AuditFilter, limit: number, cursor?: string) {
      const within = await coveredAreas(deps.areas, scopeOf(caller, ROLE_ADMINISTRATORS));
      const rows = await createAuditRepository(db).list(
        within === null ? filter : { ...filter, within },
        limit,
        decodeCursor(cursor),
      );
      const names = await namesFor(rows.slice(0, limit));
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.occurred_at, id: row.id }),
        (row) => presentAuditEntry(row, names),
      );
    },
  };
}

function subjectName(row: AuditLogTable, names: AuditNames): string | null {
  if (row.subject_type === 'account') return names.accounts.get(row.subject_id) ?? null;
  if (row.subject_type === 'area') return names.areas.get(row.subject_id)?.name ?? null;
  return names.content.get(`${row.subject_type}:${row.subject_id}`)?.title ?? null;
}

function parseJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

export function presentAuditEntry(row: AuditLogTable, names: AuditNames): AuditEntry {
  const content = names.content.get(`${row.subject_type}:${row.subject_id}`);
  return {
    id: row.id,
    actorId: row.actor_id,
    actorName: row.actor_id === null ? null : (names.accounts.get(row.actor_id) ?? null),
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectName: subjectName(row, names),
    subjectInitiative:
      content?.initiativeId && content.initiativeTitle !== null
        ? { id: content.initiativeId, title: content.initiativeTitle }
        : null,
    areaId: row.area_id,
    areaName: row.area_id === null ? null : (names.areas.get(row.area_id)?.name ?? null),
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
    reason: row.reason,
    occurredAt: row.occurred_at,
    scope: row.scope_role === null ? null : { role: row.scope_role, areaId: row.scope_area_id },
  };
}
