import type { ProviderKind, TaskDomain } from '../../../../contracts/steering.ts';
import type { Db } from '../../../db/database.ts';
import { isPostgres } from '../../../db/dialect.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { PublicTaskProvidersTable, PublicTasksTable } from '../steering.tables.ts';

export interface TaskFilter {
  /** The area and every area inside it; undefined: everywhere. */
  areaIds?: readonly string[];
  provider?: ProviderKind;
  domain?: TaskDomain;
  challengeable?: boolean;
}

/** All SQL about public tasks and their provider history. */
export function createTasksRepository(db: Db) {
  return {
    find(id: string, trx: Db = db) {
      return trx.selectFrom('public_tasks').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** The row locked for a change (PostgreSQL; SQLite writes one at a time anyway). */
    async lock(trx: Db, id: string) {
      const query = trx.selectFrom('public_tasks').selectAll().where('id', '=', id);
      return (isPostgres(trx) ? query.forUpdate() : query).executeTakeFirst();
    },

    byIds(ids: readonly string[]) {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('public_tasks')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
    },

    /** A page ordered by title, then id. */
    page(filter: TaskFilter, limit: number, after?: Keyset) {
      return db
        .selectFrom('public_tasks')
        .selectAll()
        .$if(filter.areaIds !== undefined, (q) => q.where('area_id', 'in', [...filter.areaIds!]))
        .$if(filter.provider !== undefined, (q) => q.where('provider', '=', filter.provider!))
        .$if(filter.domain !== undefined, (q) => q.where('domain', '=', filter.domain!))
        .$if(filter.challengeable !== undefined, (q) => q.where('exclusive', '=', filter.challengeable ? 0 : 1))
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('title', '>', String(after!.sort)),
              eb.and([eb('title', '=', String(after!.sort)), eb('id', '>', after!.id)]),
            ]),
          ),
        )
        .orderBy('title')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    /** Every task id, and the initiatives that provide one (for the advice job). */
    async allIds(): Promise<{ id: string; provider_initiative_id: string | null }[]> {
      return db.selectFrom('public_tasks').select(['id', 'provider_initiative_id']).orderBy('id').execute();
    },

    tasksCarriedBy(initiativeId: string) {
      return db.selectFrom('public_tasks').selectAll().where('provider_initiative_id', '=', initiativeId).execute();
    },

    insert(trx: Db, row: PublicTasksTable) {
      return trx.insertInto('public_tasks').values(row).execute();
    },

    update(trx: Db, id: string, changes: Partial<PublicTasksTable>) {
      return trx.updateTable('public_tasks').set(changes).where('id', '=', id).execute();
    },

    insertSnapshot(trx: Db, row: PublicTaskProvidersTable) {
      return trx.insertInto('public_task_providers').values(row).execute();
    },

    /** Provider changes (and the creation) of a task, newest first. */
    historyPage(taskId: string, limit: number, after?: Keyset) {
      return db
        .selectFrom('public_task_providers')
        .selectAll()
        .where('task_id', '=', taskId)
        .where('kind', 'in', ['created', 'provider'])
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('changed_at', '<', String(after!.sort)),
              eb.and([eb('changed_at', '=', String(after!.sort)), eb('id', '<', after!.id)]),
            ]),
          ),
        )
        .orderBy('changed_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** Every snapshot of the tasks in these areas (for the picture over time), oldest first. */
    snapshotsIn(areaIds: readonly string[]) {
      if (areaIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('public_task_providers')
        .selectAll()
        .where('area_id', 'in', [...areaIds])
        .orderBy('changed_at')
        .orderBy('id')
        .execute();
    },

    tasksIn(areaIds: readonly string[]) {
      if (areaIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('public_tasks')
        .select(['id', 'provider', 'yearly_budget_cents'])
        .where('area_id', 'in', [...areaIds])
        .execute();
    },
  };
}
export type TasksRepository = ReturnType<typeof createTasksRepository>;
