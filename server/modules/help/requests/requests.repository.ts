import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { HelpKind, RequestStatus } from '../../../../contracts/help.ts';
import type { HelpInvitationsTable, HelpRequestPrivateTable, HelpRequestsTable } from '../help.tables.ts';

export interface RequestFilter {
  areaIds?: readonly string[] | undefined;
  kind?: HelpKind | undefined;
  status?: RequestStatus | undefined;
  /** Requests this account asked or is the contact for. */
  mineOf?: string | undefined;
}

/** All SQL about help requests and invitations. */
export function createRequestsRepository(db: Db) {
  return {
    async insert(row: HelpRequestsTable, privateRow: HelpRequestPrivateTable | null): Promise<void> {
      await db.insertInto('help_requests').values(row).execute();
      if (privateRow) await db.insertInto('help_request_private').values(privateRow).execute();
    },
    find(id: string): Promise<HelpRequestsTable | undefined> {
      return db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findPrivate(id: string): Promise<HelpRequestPrivateTable | undefined> {
      return db.selectFrom('help_request_private').selectAll().where('request_id', '=', id).executeTakeFirst();
    },
    /** Changes a request only if it is still in the expected status; false when someone else was first. */
    async transition(
      id: string,
      from: readonly RequestStatus[],
      changes: Partial<HelpRequestsTable>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('help_requests')
        .set(changes)
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Newest first, keyset on (created_at, id). */
    list(filter: RequestFilter, limit: number, after?: Keyset): Promise<HelpRequestsTable[]> {
      let query = db.selectFrom('help_requests').selectAll();
      if (filter.areaIds) query = query.where('area_id', 'in', filter.areaIds.length > 0 ? [...filter.areaIds] : ['']);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.mineOf) {
        const me = filter.mineOf;
        query = query.where((eb) => eb.or([eb('contact_id', '=', me), eb('requester_id', '=', me)]));
      }
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', sort), eb.and([eb('created_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** Escalated requests still waiting for a helper, oldest escalation first. */
    worklist(areaIds: readonly string[] | null, limit: number, after?: Keyset): Promise<HelpRequestsTable[]> {
      let query = db
        .selectFrom('help_requests')
        .selectAll()
        .where('escalated_at', 'is not', null)
        .where('status', 'in', ['open', 'invited']);
      if (areaIds) query = query.where('area_id', 'in', areaIds.length > 0 ? [...areaIds] : ['']);
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('escalated_at', '>', sort), eb.and([eb('escalated_at', '=', sort), eb('id', '>', after.id)])]),
        );
      }
      return query
        .orderBy('escalated_at', 'asc')
        .orderBy('id', 'asc')
        .limit(limit + 1)
        .execute();
    },

    /** Open requests posted before `cutoff` and not yet escalated (index on status, created_at). */
    dueForEscalation(cutoff: string, limit: number): Promise<HelpRequestsTable[]> {
      return db
        .selectFrom('help_requests')
        .selectAll()
        .where('status', 'in', ['open', 'invited'])
        .where('created_at', '<', cutoff)
        .where('escalated_at', 'is', null)
        .orderBy('created_at')
        .limit(limit)
        .execute();
    },
    /** Idempotent: only one caller (instance, timer, CLI) wins for each request. */
    async markEscalated(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('help_requests')
        .set({ escalated_at: at })
        .where('id', '=', id)
        .where('escalated_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertInvitation(row: HelpInvitationsTable): Promise<void> {
      await db.insertInto('help_invitations').values(row).execute();
    },
    findInvitation(id: string): Promise<HelpInvitationsTable | undefined> {
      return db.selectFrom('help_invitations').selectAll().where('id', '=', id).executeTakeFirst();
    },
    invitationsOfRequest(requestId: string): Promise<HelpInvitationsTable[]> {
      return db
        .selectFrom('help_invitations')
        .selectAll()
        .where('request_id', '=', requestId)
        .orderBy('created_at')
        .execute();
    },
    async answerInvitation(id: string, status: HelpInvitationsTable['status'], at: string): Promise<boolean> {
      const result = await db
        .updateTable('help_invitations')
        .set({ status, answered_at: at })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    invitationsOfHelper(
      helperId: string,
      status: HelpInvitationsTable['status'] | undefined,
      limit: number,
      after?: Keyset,
    ) {
      let query = db.selectFrom('help_invitations').selectAll().where('helper_id', '=', helperId);
      if (status) query = query.where('status', '=', status);
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', sort), eb.and([eb('created_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },
    findMany(ids: readonly string[]): Promise<HelpRequestsTable[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('help_requests')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();
    },

    /** Facts for matching: how busy each helper is and what they did before. */
    async helperFacts(
      helperIds: readonly string[],
      since: string,
      requesterKey: { requesterId: string | null; recipientId: string | null },
      kind: HelpKind,
    ) {
      if (helperIds.length === 0)
        return new Map<
          string,
          { load: number; experience: number; solved: number; notHelped: number; exchanges: number }
        >();
      const rows = await db
        .selectFrom('help_requests')
        .select(['helper_id', 'status', 'closed_at', 'kind', 'helped', 'requester_id', 'recipient_id'])
        .where('helper_id', 'in', [...helperIds])
        .where('status', 'in', ['matched', 'closed'])
        .execute();
      const facts = new Map(
        helperIds.map((id) => [id, { load: 0, experience: 0, solved: 0, notHelped: 0, exchanges: 0 }]),
      );
      for (const row of rows) {
        const fact = row.helper_id ? facts.get(row.helper_id) : undefined;
        if (!fact) continue;
        if (row.status === 'matched' || (row.closed_at !== null && row.closed_at >= since)) fact.load += 1;
        if (row.status === 'closed' && row.kind === kind) fact.experience += 1;
        const samePerson =
          (requesterKey.requesterId !== null && row.requester_id === requesterKey.requesterId) ||
          (requesterKey.recipientId !== null && row.recipient_id === requesterKey.recipientId);
        if (samePerson && row.status === 'closed') {
          fact.exchanges += 1;
          if (row.helped === 'yes') fact.solved += 1;
          if (row.helped === 'no') fact.notHelped += 1;
        }
      }
      return facts;
    },
  };
}
export type RequestsRepository = ReturnType<typeof createRequestsRepository>;
