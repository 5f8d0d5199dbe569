import type { z } from 'zod';
import type { UpdateSchema } from '../../../../contracts/initiatives-activities.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { conflict } from '../../../http/problem.ts';
import { createActivitiesRepository } from './activities.repository.ts';
import { hiddenFilterFor } from './activities.service.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { requireOrganiser } from '../initiatives.policy.ts';
import type { InitiativeUpdatesTable } from '../initiatives.tables.ts';
import { namesOf, personRef } from '../people.ts';
import { moderationOf } from '../presenters.ts';

type Update = z.infer<typeof UpdateSchema>;

/** News from the initiative, posted by its organisers. */
export function createUpdatesService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const load = createInitiativeLoader(deps);

  async function presentAll(rows: InitiativeUpdatesTable[]): Promise<Update[]> {
    const names = await namesOf(
      deps.accounts,
      rows.map((row) => row.author_id),
    );
    return rows.map((row) => ({
      id: row.id,
      initiativeId: row.initiative_id,
      author: personRef(names, row.author_id),
      title: row.title,
      body: row.body,
      createdAt: row.created_at,
      moderation: moderationOf(row),
    }));
  }

  return {
    async list(caller: Caller | null, initiativeId: string, limit: number, cursor?: string) {
      const { viewer } = await load(caller, initiativeId);
      const rows = await createActivitiesRepository(db).listUpdates(
        initiativeId,
        hiddenFilterFor(viewer),
        limit,
        decodeCursor(cursor),
      );
      const page = toPage(
        rows,
        limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => row,
      );
      return { items: await presentAll(page.items), nextCursor: page.nextCursor };
    },

    async publish(caller: Caller, initiativeId: string, input: { title: string; body: string }): Promise<Update> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      if (initiative.hidden_at) throw conflict('A hidden initiative cannot publish updates.', 'initiative-hidden');
      const row: InitiativeUpdatesTable = {
        id: ids(),
        initiative_id: initiative.id,
        author_id: caller.accountId,
        title: input.title,
        body: input.body,
        created_at: clock.now().toISOString(),
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
      };
      await db.transaction().execute(async (trx) => {
        await createActivitiesRepository(trx).insertUpdate(row);
        await deps.activity(trx, {
          verb: 'update.published',
          actorId: caller.accountId,
          subjectType: 'update',
          subjectId: row.id,
          areaId: initiative.primary_area_id,
          domain: initiative.domain,
        });
      });
      const [update] = await presentAll([row]);
      return update as Update;
    },
  };
}
export type UpdatesService = ReturnType<typeof createUpdatesService>;
