import type { HelpKind, Slot } from '../../../../contracts/help.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, notFound } from '../../../http/problem.ts';
import { slotKey } from '../matching/availability.ts';
import { presentOffer } from '../help.presenters.ts';
import type { HelpDeps } from '../help.deps.ts';
import { createOffersRepository } from './offers.repository.ts';

export interface OfferInput {
  kinds: HelpKind[];
  description: string;
  areaIds: string[];
  availability: Slot[];
  maxPerWeek: number;
  active: boolean;
}

export function createOffersService(deps: Pick<HelpDeps, 'db' | 'clock' | 'ids' | 'areas' | 'activity' | 'accounts'>) {
  const { db, clock, ids, areas } = deps;
  const repo = createOffersRepository(db);

  async function normalise(input: OfferInput) {
    const areaIds = [...new Set(input.areaIds)];
    for (const [index, areaId] of areaIds.entries()) {
      if (!(await areas.exists(areaId)))
        throw badRequest('There is no such neighbourhood.', [
          { name: `body.areaIds.${index}`, reason: 'Unknown area' },
        ]);
    }
    const seen = new Set<string>();
    const availability = input.availability.filter((slot) => !seen.has(slotKey(slot)) && seen.add(slotKey(slot)));
    return {
      areaIds,
      columns: {
        kinds_json: JSON.stringify([...new Set(input.kinds)]),
        description: input.description,
        availability_json: JSON.stringify(availability),
        max_per_week: input.maxPerWeek,
        active: input.active ? 1 : 0,
      },
    };
  }

  async function requireOwn(caller: Caller, offerId: string) {
    const offer = await repo.find(offerId);
    if (!offer || offer.helper_id !== caller.accountId) throw notFound('The offer');
    return offer;
  }

  async function present(offerId: string) {
    const offer = await repo.find(offerId);
    if (!offer) throw notFound('The offer');
    const names = await deps.accounts.displayNames([offer.helper_id]);
    return presentOffer(offer, names.get(offer.helper_id) ?? '');
  }

  return {
    async create(caller: Caller, input: OfferInput) {
      const { areaIds, columns } = await normalise(input);
      const id = ids();
      await db.transaction().execute(async (trx) => {
        await createOffersRepository(trx).insert(
          { id, helper_id: caller.accountId, created_at: clock.now().toISOString(), ...columns },
          areaIds,
        );
        for (const areaId of areaIds) {
          await deps.activity(trx, {
            verb: 'help.offered',
            actorId: caller.accountId,
            subjectType: 'help_offer',
            subjectId: id,
            areaId,
            domain: 'care_and_wellbeing',
          });
        }
      });
      return present(id);
    },

    async update(caller: Caller, offerId: string, input: OfferInput) {
      await requireOwn(caller, offerId);
      const { areaIds, columns } = await normalise(input);
      await db.transaction().execute((trx) => createOffersRepository(trx).replace(offerId, columns, areaIds));
      return present(offerId);
    },

    async remove(caller: Caller, offerId: string) {
      await requireOwn(caller, offerId);
      await db.transaction().execute((trx) => createOffersRepository(trx).delete(offerId));
    },

    get: present,

    async list(
      caller: Caller,
      query: { areaId?: string | undefined; mine?: 'true' | 'false' | undefined },
      limit: number,
      cursor?: string,
    ) {
      const mine = query.mine === 'true';
      const rows = await repo.list(
        {
          areaIds: query.areaId ? await areas.within(query.areaId) : undefined,
          helperId: mine ? caller.accountId : undefined,
          activeOnly: !mine,
        },
        limit,
        decodeCursor(cursor),
      );
      const names = await deps.accounts.displayNames(rows.map((r) => r.helper_id));
      return toPage(
        rows,
        limit,
        (r) => ({ sort: r.created_at, id: r.id }),
        (r) => presentOffer(r, names.get(r.helper_id) ?? ''),
      );
    },
  };
}
export type OffersService = ReturnType<typeof createOffersService>;
