import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { AuditLogTable } from './audit.tables.ts';

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only entries whose area or scope area is one of these (a scoped administrator's areas). */
  within?: readonly string[] | undefined;
}

export function createAuditRepository(db: Db) {
  return {
    async insert(row: AuditLogTable): Promise<void> {
      await db.insertInto('audit_log').values(row).execute();
    },

    /** Newest first, keyset-paginated on (occurred_at, id). */
    async list(filter: AuditFilter, limit: number, after?: Keyset): Promise<AuditLogTable[]> {
      const within = filter.within;
      if (within?.length === 0) return [];
      let query = db.selectFrom('audit_log').selectAll();
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
      if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType);
      if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
      if (filter.from) query = query.where('occurred_at', '>=', filter.from);
      if (filter.to) query = query.where('occurred_at', '<', filter.to);
      if (within) query = query.where((eb) => eb.or([eb('area_id', 'in', within), eb('scope_area_id', 'in', within)]));
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('occurred_at', '<', sort), eb.and([eb('occurred_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return query
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },
  };
}
