import type { z } from 'zod';
import type {
  Activity,
  ActivityChangeSchema,
  CreateActivitySchema,
} from '../../../../contracts/initiatives-activities.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import { createActivitiesRepository, type HiddenFilter } from './activities.repository.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { canSeeHidden, requireOrganiser, type InitiativeViewer } from '../initiatives.policy.ts';
import type { InitiativeActivitiesTable } from '../initiatives.tables.ts';
import { createNotifier } from '../notifier.ts';
import { moderationOf } from '../presenters.ts';
import { fillFreeSeats } from '../seats.ts';

type CreateActivity = z.infer<typeof CreateActivitySchema>;
type ActivityChange = z.infer<typeof ActivityChangeSchema>;

export function hiddenFilterFor(viewer: InitiativeViewer): HiddenFilter {
  return viewer.isOrganiser || viewer.isModerator
    ? { all: true }
    : { all: false, authorId: viewer.caller?.accountId ?? null };
}

/** Activities of an initiative: planned with a date, place and capacity; changed or cancelled by organisers. */
export function createActivitiesService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const load = createInitiativeLoader(deps);
  const notify = createNotifier(deps);

  async function presentAll(rows: InitiativeActivitiesTable[], viewer: InitiativeViewer): Promise<Activity[]> {
    const repo = createActivitiesRepository(db);
    const activityIds = rows.map((row) => row.id);
    const [waiting, mine] = await Promise.all([
      repo.waitingCounts(activityIds),
      viewer.caller ? repo.signUpsOfIn(viewer.caller.accountId, activityIds) : Promise.resolve([]),
    ]);
    const result: Activity[] = [];
    for (const row of rows) {
      const own = mine.find((s) => s.activity_id === row.id && s.status !== 'cancelled');
      result.push({
        id: row.id,
        initiativeId: row.initiative_id,
        title: row.title,
        description: row.description,
        place: row.place,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        capacity: row.capacity,
        seatsTaken: row.seats_taken,
        waiting: waiting.get(row.id) ?? 0,
        cancelled: row.cancelled_at !== null,
        mySignUp: own
          ? {
              id: own.id,
              status: own.status,
              waitingPosition: own.status === 'waiting' ? await repo.waitingPosition(own) : null,
            }
          : null,
        createdAt: row.created_at,
        moderation: moderationOf(row),
      });
    }
    return result;
  }

  async function presentOne(row: InitiativeActivitiesTable, viewer: InitiativeViewer): Promise<Activity> {
    const [activity] = await presentAll([row], viewer);
    if (!activity) throw notFound('The activity');
    return activity;
  }

  async function mustFindActivity(
    initiativeId: string,
    activityId: string,
    viewer: InitiativeViewer,
  ): Promise<InitiativeActivitiesTable> {
    const activity = await createActivitiesRepository(db).findActivity(initiativeId, activityId);
    if (!activity || (activity.hidden_at && !canSeeHidden(viewer, activity.created_by))) throw notFound('The activity');
    return activity;
  }

  function checkDates(startsAt: string, endsAt: string | null, startsChanged: boolean): void {
    if (startsChanged && new Date(startsAt).getTime() <= clock.now().getTime()) {
      throw badRequest('An activity must be planned in the future.', [
        { name: 'body.startsAt', reason: 'Must be in the future' },
      ]);
    }
    if (endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
      throw badRequest('The end must come after the start.', [
        { name: 'body.endsAt', reason: 'Must be after startsAt' },
      ]);
    }
  }

  return {
    mustFindActivity,
    presentOne,

    async list(
      caller: Caller | null,
      initiativeId: string,
      query: { when: 'upcoming' | 'past'; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await load(caller, initiativeId);
      const rows = await createActivitiesRepository(db).listActivities(
        initiativeId,
        { when: query.when, nowIso: clock.now().toISOString(), hidden: hiddenFilterFor(viewer) },
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.starts_at, id: row.id }),
        (row) => row,
      );
      return { items: await presentAll(page.items, viewer), nextCursor: page.nextCursor };
    },

    async get(caller: Caller | null, initiativeId: string, activityId: string): Promise<Activity> {
      const { viewer } = await load(caller, initiativeId);
      return presentOne(await mustFindActivity(initiativeId, activityId, viewer), viewer);
    },

    async create(caller: Caller, initiativeId: string, input: CreateActivity): Promise<Activity> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      if (initiative.status === 'stopped') throw conflict('This initiative has stopped.', 'initiative-stopped');
      const startsAt = new Date(input.startsAt).toISOString();
      const endsAt = input.endsAt ? new Date(input.endsAt).toISOString() : null;
      checkDates(startsAt, endsAt, true);
      const row: InitiativeActivitiesTable = {
        id: ids(),
        initiative_id: initiative.id,
        title: input.title,
        description: input.description,
        place: input.place,
        starts_at: startsAt,
        ends_at: endsAt,
        capacity: input.capacity,
        seats_taken: 0,
        cancelled_at: null,
        created_by: caller.accountId,
        created_at: clock.now().toISOString(),
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
      };
      await db.transaction().execute(async (trx) => {
        await createActivitiesRepository(trx).insertActivity(row);
        await deps.activity(trx, {
          verb: 'activity.planned',
          actorId: caller.accountId,
          subjectType: 'activity',
          subjectId: row.id,
          areaId: initiative.primary_area_id,
          domain: initiative.domain,
        });
      });
      return presentOne(row, viewer);
    },

    async change(caller: Caller, initiativeId: string, activityId: string, input: ActivityChange): Promise<Activity> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      const current = await mustFindActivity(initiativeId, activityId, viewer);
      if (current.cancelled_at) throw conflict('This activity is cancelled.', 'activity-cancelled');
      const startsAt = input.startsAt ? new Date(input.startsAt).toISOString() : current.starts_at;
      const endsAt =
        input.endsAt === undefined
          ? current.ends_at
          : input.endsAt === null
            ? null
            : new Date(input.endsAt).toISOString();
      checkDates(startsAt, endsAt, input.startsAt !== undefined);
      await db.transaction().execute(async (trx) => {
        const repo = createActivitiesRepository(trx);
        const locked = await repo.lockActivity(activityId);
        if (!locked || locked.cancelled_at) throw conflict('This activity is cancelled.', 'activity-cancelled');
        const capacity = input.capacity ?? locked.capacity;
        if (capacity < locked.seats_taken) {
          throw conflict(
            `${locked.seats_taken} people are already confirmed; cancel sign-ups first or keep at least that many places.`,
            'below-confirmed',
          );
        }
        const cancelledAt = input.cancelled ? clock.now().toISOString() : null;
        const next = {
          ...locked,
          title: input.title ?? locked.title,
          description: input.description ?? locked.description,
          place: input.place ?? locked.place,
          starts_at: startsAt,
          ends_at: endsAt,
          capacity,
          cancelled_at: cancelledAt,
        };
        await repo.updateActivity(locked.id, {
          title: next.title,
          description: next.description,
          place: next.place,
          starts_at: startsAt,
          ends_at: endsAt,
          capacity,
          cancelled_at: cancelledAt,
        });
        if (cancelledAt) {
          await deps.activity(trx, {
            verb: 'activity.cancelled',
            actorId: caller.accountId,
            subjectType: 'activity',
            subjectId: locked.id,
            areaId: initiative.primary_area_id,
            domain: initiative.domain,
          });
          const everyone = await repo.listSignUps(locked.id, undefined, 10_000);
          await notify(
            trx,
            everyone.map((s) => s.account_id),
            { kind: 'activity.cancelled', subjectType: 'activity', subjectId: locked.id, message: locked.title },
          );
        } else {
          await fillFreeSeats(trx, next, notify, next.title, deps.activity);
        }
      });
      return presentOne(await mustFindActivity(initiativeId, activityId, viewer), viewer);
    },
  };
}
export type ActivitiesService = ReturnType<typeof createActivitiesService>;
