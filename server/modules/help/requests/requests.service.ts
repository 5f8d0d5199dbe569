import { lineageIds } from '../../areas/areas.port.ts';
import type { HelpContact, NewHelpRequest } from '../../../../contracts/help.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, forbidden, notFound } from '../../../http/problem.ts';
import { toMinutes } from '../../timebank/ledger.ts';
import { isAskingSide, isTeamFor, mayManage, maySeeContact } from '../help.policy.ts';
import { presentRequest } from '../help.presenters.ts';
import { todayOf, type HelpDeps } from '../help.deps.ts';
import type { HelpRequestsTable } from '../help.tables.ts';
import { createRequestsRepository, type RequestFilter } from './requests.repository.ts';
import { createSafetyRepository } from '../safety/safety.repository.ts';

export function createRequestsService(deps: HelpDeps) {
  const { db, clock, ids, areas } = deps;
  const repo = createRequestsRepository(db);
  const safety = createSafetyRepository(db);

  async function requireRequest(id: string): Promise<HelpRequestsTable> {
    const row = await repo.find(id);
    if (!row) throw notFound('The help request');
    return row;
  }

  /** Guardians of the resident this request is for. */
  async function guardianIdsOf(request: HelpRequestsTable): Promise<string[]> {
    const links = await safety.guardiansOf({ accountId: request.requester_id, recipientId: request.recipient_id });
    return links.map((l) => l.guardian_id);
  }

  async function requireManage(caller: Caller, request: HelpRequestsTable): Promise<void> {
    if (!mayManage(caller, request, await lineageIds(areas, request.area_id))) {
      throw forbidden('Only the resident who asked, their professional or the neighbourhood team may do this.');
    }
  }

  return {
    requireRequest,
    guardianIdsOf,
    requireManage,

    async post(caller: Caller, input: NewHelpRequest) {
      if (!(await areas.exists(input.areaId)))
        throw badRequest('There is no such neighbourhood.', [{ name: 'body.areaId', reason: 'Unknown area' }]);
      const today = todayOf(clock);
      if (input.when.schedule === 'once' && input.when.date < today) {
        throw badRequest('The date has passed.', [{ name: 'body.when.date', reason: 'Choose today or a later date' }]);
      }
      let vulnerable = input.vulnerable;
      if (input.recipientId !== undefined) {
        const recipient = await safety.findRecipient(input.recipientId);
        if (!recipient || !isTeamFor(caller, await lineageIds(areas, recipient.area_id))) {
          throw forbidden('Only the neighbourhood team may post for a resident who is not online.');
        }
        if (recipient.area_id !== input.areaId) {
          throw badRequest('The request must be in the neighbourhood where this resident lives.', [
            { name: 'body.areaId', reason: 'Not the resident’s neighbourhood' },
          ]);
        }
        vulnerable ||= recipient.vulnerable === 1;
      }
      const nowIso = clock.now().toISOString();
      const row: HelpRequestsTable = {
        id: ids(),
        kind: input.kind,
        title: input.title,
        description: input.description,
        area_id: input.areaId,
        when_json: JSON.stringify(input.when),
        needed_on: input.when.schedule === 'once' ? input.when.date : today,
        urgency: input.urgency,
        vulnerable: vulnerable ? 1 : 0,
        estimated_minutes: toMinutes(input.estimatedHours),
        requester_id: input.recipientId === undefined ? caller.accountId : null,
        recipient_id: input.recipientId ?? null,
        contact_id: caller.accountId,
        status: 'open',
        helper_id: null,
        escalated_at: null,
        created_at: nowIso,
        updated_at: nowIso,
        closed_at: null,
        helped: null,
        close_comment: null,
      };
      const privateRow =
        input.address || input.phone
          ? { request_id: row.id, address: input.address ?? null, phone: input.phone ?? null }
          : null;
      await db.transaction().execute(async (trx) => {
        await createRequestsRepository(trx).insert(row, privateRow);
        await deps.activity(trx, {
          verb: 'help.requested',
          actorId: caller.accountId,
          onBehalfOfId: row.recipient_id,
          subjectType: 'help_request',
          subjectId: row.id,
          areaId: row.area_id,
          domain: 'care_and_wellbeing',
          hours: input.estimatedHours,
        });
      });
      return presentRequest(row, caller);
    },

    async list(
      caller: Caller,
      query: {
        areaId?: string | undefined;
        kind?: RequestFilter['kind'];
        status?: RequestFilter['status'];
        mine?: 'true' | 'false' | undefined;
      },
      limit: number,
      cursor?: string,
    ) {
      const filter: RequestFilter = { kind: query.kind, status: query.status };
      if (query.areaId) filter.areaIds = await areas.within(query.areaId);
      if (query.mine === 'true') filter.mineOf = caller.accountId;
      const rows = await repo.list(filter, limit, decodeCursor(cursor));
      return toPage(
        rows,
        limit,
        (r) => ({ sort: r.created_at, id: r.id }),
        (r) => presentRequest(r, caller),
      );
    },

    /** One request, saying whether the caller may read its contact (so a page asks only when it may). */
    async get(caller: Caller, id: string) {
      const request = await requireRequest(id);
      const maySee = maySeeContact(caller, request, {
        lineage: await lineageIds(areas, request.area_id),
        guardianIds: await guardianIdsOf(request),
      });
      return { ...presentRequest(request, caller), maySeeContact: maySee };
    },

    /** The private details, for the few who need them (help.policy.ts: maySeeContact). */
    async contact(caller: Caller, id: string): Promise<HelpContact> {
      const request = await requireRequest(id);
      const allowed = maySeeContact(caller, request, {
        lineage: await lineageIds(areas, request.area_id),
        guardianIds: await guardianIdsOf(request),
      });
      if (!allowed)
        throw forbidden(
          'The contact details are shared only with the helper who accepted, a guardian and the neighbourhood team.',
        );
      const privateRow = await repo.findPrivate(id);
      const names = await deps.accounts.displayNames([
        request.contact_id,
        ...(request.requester_id ? [request.requester_id] : []),
      ]);
      const recipient = request.recipient_id ? await safety.findRecipient(request.recipient_id) : undefined;
      return {
        requestId: request.id,
        name: recipient?.name ?? names.get(request.requester_id ?? '') ?? '',
        address: privateRow?.address ?? recipient?.address ?? null,
        phone: privateRow?.phone ?? recipient?.phone ?? null,
        contactName: names.get(request.contact_id) ?? '',
        contactAccountId: request.contact_id,
      };
    },

    async cancel(caller: Caller, id: string) {
      const request = await requireRequest(id);
      await requireManage(caller, request);
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const tx = createRequestsRepository(trx);
        if (
          !(await tx.transition(id, ['open', 'invited', 'matched'], {
            status: 'cancelled',
            updated_at: nowIso,
            closed_at: nowIso,
          }))
        ) {
          throw conflict('This request is already closed or cancelled.', 'request-not-open');
        }
        for (const invitation of await tx.invitationsOfRequest(id)) {
          if (invitation.status === 'pending') await tx.answerInvitation(invitation.id, 'withdrawn', nowIso);
        }
        await deps.activity(trx, {
          verb: 'help.cancelled',
          actorId: caller.accountId,
          onBehalfOfId: request.recipient_id,
          subjectType: 'help_request',
          subjectId: id,
          areaId: request.area_id,
          domain: 'care_and_wellbeing',
        });
        if (request.helper_id) await deps.notify(trx, [request.helper_id], 'request.cancelled', id, request.title);
      });
      return presentRequest(await requireRequest(id), caller);
    },

    /**
     * Closing asks whether the resident was actually helped (kept: done is not solved) and books
     * the hours: the helper is credited, the resident who was helped is debited.
     */
    async close(
      caller: Caller,
      id: string,
      input: { helped: 'yes' | 'partly' | 'no'; hours: number; comment?: string | undefined },
    ) {
      const request = await requireRequest(id);
      await requireManage(caller, request);
      if (request.status === 'closed' || request.status === 'cancelled')
        throw conflict('This request is already closed.', 'request-not-open');
      if (input.hours > 0 && request.status !== 'matched') {
        throw badRequest('Hours can only be booked once a helper has accepted.', [
          { name: 'body.hours', reason: 'No helper accepted yet' },
        ]);
      }
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const tx = createRequestsRepository(trx);
        const changed = await tx.transition(id, [request.status], {
          status: 'closed',
          helped: input.helped,
          close_comment: input.comment ?? null,
          closed_at: nowIso,
          updated_at: nowIso,
        });
        if (!changed)
          throw conflict('Someone changed this request at the same time; reload and try again.', 'request-changed');
        for (const invitation of await tx.invitationsOfRequest(id)) {
          if (invitation.status === 'pending') await tx.answerInvitation(invitation.id, 'withdrawn', nowIso);
        }
        if (input.hours > 0 && request.helper_id) {
          await deps.timebank.transfer(trx, {
            kind: 'exchange',
            debit: request.recipient_id
              ? { kind: 'recipient', id: request.recipient_id }
              : { kind: 'member', id: request.requester_id ?? request.contact_id },
            credit: { kind: 'member', id: request.helper_id },
            minutes: toMinutes(input.hours),
            requestId: id,
            createdBy: caller.accountId,
            memo: request.title,
            areaId: request.area_id,
          });
        }
        const event = {
          actorId: caller.accountId,
          onBehalfOfId: request.recipient_id,
          subjectType: 'help_request',
          subjectId: id,
          areaId: request.area_id,
          domain: 'care_and_wellbeing',
        };
        await deps.activity(trx, { ...event, verb: 'help.closed', hours: input.hours || null });
        // Solved is the helper's giving, to the resident who asked (recorded by whoever closed it).
        if (input.helped === 'yes')
          await deps.activity(trx, {
            ...event,
            verb: 'help.solved',
            actorId: request.helper_id ?? caller.accountId,
            onBehalfOfId: null,
            counterpartId: request.requester_id ?? request.recipient_id,
          });
        if (request.helper_id && !isAskingSide({ ...caller, accountId: request.helper_id }, request)) {
          await deps.notify(trx, [request.helper_id], 'request.closed', id, request.title);
        }
      });
      return presentRequest(await requireRequest(id), caller);
    },
  };
}
export type RequestsService = ReturnType<typeof createRequestsService>;
