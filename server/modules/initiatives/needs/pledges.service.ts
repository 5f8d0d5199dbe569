import type { CreatePledge, Pledge, PledgeStatus } from '../../../../contracts/initiatives-needs.ts';
import type { Db } from '../../../db/database.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, forbidden, notFound } from '../../../http/problem.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { requireOrganiser, type InitiativeViewer } from '../initiatives.policy.ts';
import type { InitiativesTable, PledgesTable } from '../initiatives.tables.ts';
import { pledgeAmount, pledgedHours, unitOf } from './needs-rules.ts';
import { createNeedsRepository } from './needs.repository.ts';
import { createNeedsService } from './needs.service.ts';
import { createMembersRepository } from '../members/members.repository.ts';
import { createNotifier } from '../notifier.ts';
import { createOrganisationsRepository } from '../organisations/organisations.repository.ts';
import { namesOf, personRef } from '../people.ts';

/** Pledges against needs: made by residents or organisations, delivered as organisers record. */
export function createPledgesService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const load = createInitiativeLoader(deps);
  const needs = createNeedsService(deps);
  const notify = createNotifier(deps);

  async function presentAll(rows: PledgesTable[], viewer: InitiativeViewer): Promise<Pledge[]> {
    const names = await namesOf(
      deps.accounts,
      rows.map((row) => row.account_id),
    );
    const organisations = new Map(
      (
        await createOrganisationsRepository(db).findMany([
          ...new Set(rows.map((row) => row.organisation_id).filter((id): id is string => id !== null)),
        ])
      ).map((o) => [o.id, o]),
    );
    return rows.map((row) => {
      const seesWho = viewer.isOrganiser || viewer.caller?.accountId === row.account_id;
      const organisation = row.organisation_id ? organisations.get(row.organisation_id) : undefined;
      return {
        id: row.id,
        needId: row.need_id,
        initiativeId: row.initiative_id,
        by: seesWho ? personRef(names, row.account_id) : null,
        organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
        quantity: row.quantity,
        hours: row.hours,
        note: seesWho ? row.note : null,
        status: row.status,
        createdAt: row.created_at,
        deliveredAt: row.delivered_at,
      };
    });
  }

  async function presentOne(row: PledgesTable, viewer: InitiativeViewer): Promise<Pledge> {
    const [pledge] = await presentAll([row], viewer);
    if (!pledge) throw notFound('The pledge');
    return pledge;
  }

  async function mustFindPledge(initiativeId: string, pledgeId: string): Promise<PledgesTable> {
    const pledge = await createNeedsRepository(db).findPledge(initiativeId, pledgeId);
    if (!pledge) throw notFound('The pledge');
    return pledge;
  }

  function record(trx: Db, verb: string, initiative: InitiativesTable, pledge: PledgesTable, kindIsMoney: boolean) {
    return deps.activity(trx, {
      verb,
      actorId: pledge.account_id,
      organisationId: pledge.organisation_id,
      subjectType: 'pledge',
      subjectId: pledge.id,
      areaId: initiative.primary_area_id,
      domain: initiative.domain,
      hours: pledgedHours(pledge),
      amountCents: kindIsMoney ? pledge.quantity : null,
    });
  }

  return {
    async pledge(caller: Caller, initiativeId: string, needId: string, input: CreatePledge): Promise<Pledge> {
      const { initiative, viewer } = await load(caller, initiativeId);
      const need = await needs.mustFindNeed(initiativeId, needId, viewer);
      if (initiative.status === 'stopped') throw conflict('This initiative has stopped.', 'initiative-stopped');
      if (need.closed_at || need.hidden_at) throw conflict('This need is closed.', 'need-closed');
      const amount = pledgeAmount(need.kind, input);
      if (!amount.ok) throw badRequest(`This pledge does not fit a ${need.kind} need.`, amount.invalid);
      if (input.organisationId) {
        const membership = await createOrganisationsRepository(db).findMemberByAccount(
          input.organisationId,
          caller.accountId,
        );
        if (membership?.status !== 'active')
          throw forbidden('You can only pledge for an organisation you are a member of.');
      }
      const row: PledgesTable = {
        id: ids(),
        need_id: need.id,
        initiative_id: initiative.id,
        account_id: caller.accountId,
        organisation_id: input.organisationId ?? null,
        quantity: amount.quantity,
        hours: amount.hours,
        note: input.note ?? null,
        status: 'made',
        created_at: clock.now().toISOString(),
        delivered_at: null,
        delivered_by: null,
        withdrawn_at: null,
      };
      await db.transaction().execute(async (trx) => {
        const repo = createNeedsRepository(trx);
        if (!(await repo.reserve(need.id, amount.quantity))) {
          const current = await repo.findNeed(initiative.id, need.id);
          const left = Math.max(0, (current?.quantity_needed ?? 0) - (current?.quantity_pledged ?? 0));
          throw conflict(
            left === 0
              ? 'This need is already fully pledged.'
              : `Only ${left} ${unitOf(need.kind)} still needed; pledge at most that.`,
            'need-covered',
          );
        }
        await repo.insertPledge(row);
        await record(trx, 'pledge.made', initiative, row, need.kind === 'money');
        await notify(trx, await createMembersRepository(trx).organiserAccountIds(initiative.id), {
          kind: 'pledge.made',
          subjectType: 'initiative',
          subjectId: initiative.id,
          message: `${initiative.title}: ${need.title}`,
        });
      });
      return presentOne(row, viewer);
    },

    /** Organisers see every pledge and who made it; anyone else sees only their own. */
    async list(
      caller: Caller,
      initiativeId: string,
      needId: string,
      query: { status?: PledgeStatus | undefined; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await load(caller, initiativeId);
      await needs.mustFindNeed(initiativeId, needId, viewer);
      const rows = await createNeedsRepository(db).listPledges(
        needId,
        { status: query.status, accountId: viewer.isOrganiser ? undefined : caller.accountId },
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => row,
      );
      return { items: await presentAll(page.items, viewer), nextCursor: page.nextCursor };
    },

    async deliver(caller: Caller, initiativeId: string, pledgeId: string): Promise<Pledge> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      const pledge = await mustFindPledge(initiativeId, pledgeId);
      const need = await needs.mustFindNeed(initiativeId, pledge.need_id, viewer);
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const repo = createNeedsRepository(trx);
        if (
          !(await repo.settle(pledge.id, { status: 'delivered', delivered_at: nowIso, delivered_by: caller.accountId }))
        ) {
          throw conflict(
            `This pledge is already ${pledge.status === 'made' ? 'settled' : pledge.status}.`,
            'pledge-settled',
          );
        }
        await repo.addDelivered(need.id, pledge.quantity);
        await record(trx, 'pledge.delivered', initiative, pledge, need.kind === 'money');
      });
      return presentOne(await mustFindPledge(initiativeId, pledgeId), viewer);
    },

    /** The pledger takes it back (or an organiser releases it); its quantity is open again. */
    async withdraw(caller: Caller, initiativeId: string, pledgeId: string): Promise<void> {
      const { initiative, viewer } = await load(caller, initiativeId);
      const pledge = await mustFindPledge(initiativeId, pledgeId);
      if (pledge.account_id !== caller.accountId) requireOrganiser(viewer);
      await db.transaction().execute(async (trx) => {
        const repo = createNeedsRepository(trx);
        if (!(await repo.settle(pledge.id, { status: 'withdrawn', withdrawn_at: clock.now().toISOString() }))) {
          throw conflict('Only a pledge that is not yet delivered can be withdrawn.', 'pledge-settled');
        }
        await repo.release(pledge.need_id, pledge.quantity);
        const need = await repo.findNeed(initiativeId, pledge.need_id);
        await record(trx, 'pledge.withdrawn', initiative, pledge, need?.kind === 'money');
      });
    },
  };
}
export type PledgesService = ReturnType<typeof createPledgesService>;
