import type { z } from 'zod';
import type {
  CreateNeed,
  Need,
  NeedChangeSchema,
  OpenNeedQuerySchema,
} from '../../../../contracts/initiatives-needs.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { requireOrganiser, type InitiativeViewer } from '../initiatives.policy.ts';
import { createInitiativesRepository } from '../initiatives.repository.ts';
import type { InitiativeNeedsTable } from '../initiatives.tables.ts';
import { coverageOf, quantityNeeded, unitOf } from './needs-rules.ts';
import { createNeedsRepository } from './needs.repository.ts';
import { moderationOf } from '../presenters.ts';

type NeedChange = z.infer<typeof NeedChangeSchema>;
type OpenNeedQuery = z.infer<typeof OpenNeedQuerySchema>;

export function presentNeed(row: InitiativeNeedsTable): Need {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    unit: unitOf(row.kind),
    unitLabel: row.unit,
    needed: row.quantity_needed,
    pledged: row.quantity_pledged,
    delivered: row.quantity_delivered,
    ...coverageOf(row),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    closed: row.closed_at !== null,
    createdAt: row.created_at,
    moderation: moderationOf(row),
  };
}

/** Needs (volunteers, materials, money, space, a permit, expertise) and how far they are covered. */
export function createNeedsService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const load = createInitiativeLoader(deps);

  function checkDates(
    startsAt: string | null | undefined,
    endsAt: string | null | undefined,
    startsChanged: boolean,
  ): void {
    const now = clock.now().getTime();
    if (startsChanged && startsAt && new Date(startsAt).getTime() <= now) {
      throw badRequest('The date must be in the future.', [{ name: 'body.startsAt', reason: 'Must be in the future' }]);
    }
    if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
      throw badRequest('The end must come after the start.', [
        { name: 'body.endsAt', reason: 'Must be after startsAt' },
      ]);
    }
  }

  async function mustFindNeed(
    initiativeId: string,
    needId: string,
    viewer: InitiativeViewer,
  ): Promise<InitiativeNeedsTable> {
    const need = await createNeedsRepository(db).findNeed(initiativeId, needId);
    if (!need || (need.hidden_at && !(viewer.isOrganiser || viewer.isModerator))) throw notFound('The need');
    return need;
  }

  return {
    mustFindNeed,

    async list(
      caller: Caller | null,
      initiativeId: string,
      query: { open?: boolean | undefined; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await load(caller, initiativeId);
      const rows = await createNeedsRepository(db).listNeeds(
        initiativeId,
        { open: query.open, withHidden: viewer.isOrganiser || viewer.isModerator },
        query.limit,
        decodeCursor(query.cursor),
      );
      return toPage(rows, query.limit, (row) => ({ sort: row.created_at, id: row.id }), presentNeed);
    },

    async create(caller: Caller, initiativeId: string, input: CreateNeed): Promise<Need> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      if (initiative.status === 'stopped') throw conflict('This initiative has stopped.', 'initiative-stopped');
      const startsAt = input.kind === 'volunteers' ? new Date(input.startsAt).toISOString() : null;
      const endsAt = input.kind === 'volunteers' && input.endsAt ? new Date(input.endsAt).toISOString() : null;
      checkDates(startsAt, endsAt, true);
      const row: InitiativeNeedsTable = {
        id: ids(),
        initiative_id: initiative.id,
        kind: input.kind,
        title: input.title,
        description: input.description,
        unit: input.kind === 'materials' ? (input.unit ?? null) : null,
        quantity_needed: quantityNeeded(input),
        quantity_pledged: 0,
        quantity_delivered: 0,
        starts_at: startsAt,
        ends_at: endsAt,
        closed_at: null,
        created_by: caller.accountId,
        created_at: clock.now().toISOString(),
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
      };
      await db.transaction().execute(async (trx) => {
        await createNeedsRepository(trx).insertNeed(row);
        await deps.activity(trx, {
          verb: 'need.posted',
          actorId: caller.accountId,
          subjectType: 'need',
          subjectId: row.id,
          areaId: initiative.primary_area_id,
          domain: initiative.domain,
          amountCents: row.kind === 'money' ? row.quantity_needed : null,
        });
      });
      return presentNeed(row);
    },

    async change(caller: Caller, initiativeId: string, needId: string, input: NeedChange): Promise<Need> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      const need = await mustFindNeed(initiativeId, needId, viewer);
      if ((input.startsAt !== undefined || input.endsAt !== undefined) && need.kind !== 'volunteers') {
        throw badRequest('Only volunteer needs have dates.', [
          { name: `body.${input.startsAt !== undefined ? 'startsAt' : 'endsAt'}`, reason: 'Only for volunteer needs' },
        ]);
      }
      if (input.quantity !== undefined && (need.kind === 'space' || need.kind === 'permit') && input.quantity !== 1) {
        throw badRequest('One offer fills this need.', [
          { name: 'body.quantity', reason: 'Must be 1 for space and permit needs' },
        ]);
      }
      const startsAt = input.startsAt !== undefined ? new Date(input.startsAt).toISOString() : need.starts_at;
      const endsAt =
        input.endsAt === undefined ? need.ends_at : input.endsAt === null ? null : new Date(input.endsAt).toISOString();
      checkDates(startsAt, endsAt, input.startsAt !== undefined);
      await db.transaction().execute(async (trx) => {
        const repo = createNeedsRepository(trx);
        if (input.quantity !== undefined && !(await repo.setQuantityNeeded(need.id, input.quantity))) {
          throw conflict(`More than that is already pledged (${need.quantity_pledged}).`, 'below-pledged');
        }
        await repo.updateNeed(need.id, {
          title: input.title ?? need.title,
          description: input.description ?? need.description,
          starts_at: startsAt,
          ends_at: endsAt,
          closed_at:
            input.closed === undefined
              ? need.closed_at
              : input.closed
                ? (need.closed_at ?? clock.now().toISOString())
                : null,
        });
        if (input.closed && !need.closed_at)
          await deps.activity(trx, {
            verb: 'need.closed',
            actorId: caller.accountId,
            subjectType: 'need',
            subjectId: need.id,
            areaId: initiative.primary_area_id,
            domain: initiative.domain,
          });
      });
      return presentNeed(await mustFindNeed(initiativeId, needId, viewer));
    },

    /** What the municipality and residents look for: needs nobody has met yet. */
    async openNeeds(query: OpenNeedQuery) {
      const areaIds = query.areaId ? await deps.areas.within(query.areaId) : undefined;
      const rows = await createNeedsRepository(db).listOpenNeeds(
        { areaIds, kind: query.kind, domain: query.domain },
        query.limit,
        decodeCursor(query.cursor),
      );
      const areas = await createInitiativesRepository(db).areasOf([
        ...new Set(rows.slice(0, query.limit).map((row) => row.initiative_id)),
      ]);
      return toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => ({
          ...presentNeed(row),
          initiativeTitle: row.initiative_title,
          domain: row.domain,
          areaIds: areas.get(row.initiative_id) ?? [],
        }),
      );
    },
  };
}
export type NeedsService = ReturnType<typeof createNeedsService>;
