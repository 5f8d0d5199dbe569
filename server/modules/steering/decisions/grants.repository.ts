import type { Grant } from '../../../../contracts/steering.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { SteeringGrantPaymentsTable, SteeringGrantsTable } from '../steering.tables.ts';

type GrantState = Grant['state'];

/** All SQL about grants and their payments. */
export function createGrantsRepository(db: Db) {
  return {
    find(id: string, trx: Db = db) {
      return trx.selectFrom('steering_grants').selectAll().where('id', '=', id).executeTakeFirst();
    },

    insert(trx: Db, row: SteeringGrantsTable) {
      return trx.insertInto('steering_grants').values(row).execute();
    },

    update(trx: Db, id: string, changes: Partial<SteeringGrantsTable>) {
      return trx.updateTable('steering_grants').set(changes).where('id', '=', id).execute();
    },

    /** Adds a payment when the total stays within the amount (one statement, so two payments cannot both slip in). */
    async addPayment(trx: Db, row: SteeringGrantPaymentsTable): Promise<boolean> {
      const result = await trx
        .updateTable('steering_grants')
        .set((eb) => ({ paid_cents: eb('paid_cents', '+', row.amount_cents) }))
        .where('id', '=', row.grant_id)
        .where((eb) => eb(eb('paid_cents', '+', row.amount_cents), '<=', eb.ref('amount_cents')))
        .where('clawback_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await trx.insertInto('steering_grant_payments').values(row).execute();
      return true;
    },

    paymentsOf(grantIds: readonly string[]) {
      if (grantIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('steering_grant_payments')
        .selectAll()
        .where('grant_id', 'in', [...new Set(grantIds)])
        .orderBy('paid_on')
        .orderBy('id')
        .execute();
    },

    /** Newest first. */
    page(
      filter: { decisionId?: string; areaIds?: readonly string[]; state?: GrantState; today: string },
      limit: number,
      after?: Keyset,
    ) {
      const { state, today } = filter;
      return db
        .selectFrom('steering_grants')
        .selectAll()
        .$if(state === 'clawed_back', (q) => q.where('clawback_at', 'is not', null))
        .$if(state === 'settled', (q) => q.where('clawback_at', 'is', null).where('report_received_on', 'is not', null))
        .$if(state === 'report_overdue' || state === 'report_due' || state === 'paying', (q) =>
          q.where('clawback_at', 'is', null).where('report_received_on', 'is', null),
        )
        .$if(state === 'report_overdue', (q) => q.where('report_due_date', '<', today))
        .$if(state === 'report_due' || state === 'paying', (q) => q.where('report_due_date', '>=', today))
        .$if(state === 'report_due', (q) => q.where((eb) => eb('paid_cents', '>=', eb.ref('amount_cents'))))
        .$if(state === 'paying', (q) => q.where((eb) => eb('paid_cents', '<', eb.ref('amount_cents'))))
        .$if(filter.decisionId !== undefined, (q) => q.where('decision_id', '=', filter.decisionId!))
        .$if(filter.areaIds !== undefined, (q) => q.where('area_id', 'in', [...filter.areaIds!]))
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('created_at', '<', String(after!.sort)),
              eb.and([eb('created_at', '=', String(after!.sort)), eb('id', '<', after!.id)]),
            ]),
          ),
        )
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** Grants whose report has not come and is due on or before `until` (the worklist and the job). */
    reportsDue(until: string, areaIds: readonly string[] | null, limit: number) {
      return db
        .selectFrom('steering_grants')
        .selectAll()
        .where('report_received_on', 'is', null)
        .where('clawback_at', 'is', null)
        .where('report_due_date', '<=', until)
        .$if(areaIds !== null, (q) => q.where('area_id', 'in', [...areaIds!]))
        .orderBy('report_due_date')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
  };
}
export type GrantsRepository = ReturnType<typeof createGrantsRepository>;
