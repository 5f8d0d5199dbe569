import type { z } from 'zod';
import type { SignUpSchema, SignUpStatus } from '../../../../contracts/initiatives-activities.ts';
import type { Db } from '../../../db/database.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import { createActivitiesRepository } from './activities.repository.ts';
import { createActivitiesService } from './activities.service.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { requireOrganiser } from '../initiatives.policy.ts';
import type { ActivitySignUpsTable, InitiativeActivitiesTable } from '../initiatives.tables.ts';
import { createNotifier } from '../notifier.ts';
import { namesOf, personRef } from '../people.ts';
import { fillFreeSeats } from '../seats.ts';

type SignUp = z.infer<typeof SignUpSchema>;

/**
 * Sign-ups with a waiting list. Every change to who holds a place runs in a transaction that
 * first locks the activity row, then re-reads the counts: the last seat goes to exactly one
 * person, and a cancellation hands it to the first on the waiting list.
 */
export function createSignUpsService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const load = createInitiativeLoader(deps);
  const activities = createActivitiesService(deps);
  const notify = createNotifier(deps);

  async function presentAll(rows: ActivitySignUpsTable[], trx: Db = db): Promise<SignUp[]> {
    const repo = createActivitiesRepository(trx);
    const names = await namesOf(
      deps.accounts,
      rows.map((row) => row.account_id),
    );
    const result: SignUp[] = [];
    for (const row of rows) {
      result.push({
        id: row.id,
        activityId: row.activity_id,
        person: personRef(names, row.account_id),
        status: row.status,
        waitingPosition: row.status === 'waiting' ? await repo.waitingPosition(row) : null,
        attended: row.attended === null ? null : row.attended === 1,
        createdAt: row.created_at,
      });
    }
    return result;
  }

  async function presentOne(row: ActivitySignUpsTable): Promise<SignUp> {
    const [signUp] = await presentAll([row]);
    if (!signUp) throw notFound('The sign-up');
    return signUp;
  }

  function open(activity: InitiativeActivitiesTable | undefined): InitiativeActivitiesTable {
    if (!activity || activity.hidden_at) throw notFound('The activity');
    if (activity.cancelled_at) throw conflict('This activity is cancelled.', 'activity-cancelled');
    return activity;
  }

  return {
    async signUp(caller: Caller, initiativeId: string, activityId: string): Promise<SignUp> {
      const { initiative, viewer } = await load(caller, initiativeId);
      const activity = open(await activities.mustFindActivity(initiativeId, activityId, viewer));
      if (initiative.status === 'stopped') throw conflict('This initiative has stopped.', 'initiative-stopped');
      if (new Date(activity.starts_at).getTime() <= clock.now().getTime())
        throw conflict('This activity has already started.', 'activity-started');
      const nowIso = clock.now().toISOString();
      let signUpId = '';
      await db.transaction().execute(async (trx) => {
        const repo = createActivitiesRepository(trx);
        const locked = open(await repo.lockActivity(activity.id));
        const existing = await repo.findSignUpOf(locked.id, caller.accountId);
        if (existing && existing.status !== 'cancelled')
          throw conflict('You have already signed up.', 'already-signed-up');
        const status: SignUpStatus = locked.seats_taken < locked.capacity ? 'confirmed' : 'waiting';
        if (status === 'confirmed') await repo.updateActivity(locked.id, { seats_taken: locked.seats_taken + 1 });
        signUpId = existing?.id ?? ids();
        const fields = {
          status,
          queued_at: nowIso,
          cancelled_at: null,
          attended: null,
          attendance_recorded_at: null,
          attendance_recorded_by: null,
        };
        if (existing) await repo.updateSignUp(existing.id, fields);
        else
          await repo.insertSignUp({
            id: signUpId,
            activity_id: locked.id,
            account_id: caller.accountId,
            created_at: nowIso,
            ...fields,
          });
        await deps.activity(trx, {
          verb: status === 'confirmed' ? 'activity.signed-up' : 'activity.waitlisted',
          actorId: caller.accountId,
          subjectType: 'activity',
          subjectId: locked.id,
          areaId: initiative.primary_area_id,
          domain: initiative.domain,
        });
      });
      const row = await createActivitiesRepository(db).findSignUp(activity.id, signUpId);
      if (!row) throw notFound('The sign-up');
      return presentOne(row);
    },

    /** The person themself or an organiser; a freed place goes to the first on the waiting list. */
    async cancel(caller: Caller, initiativeId: string, activityId: string, signUpId: string): Promise<void> {
      const { initiative, viewer } = await load(caller, initiativeId);
      const activity = await activities.mustFindActivity(initiativeId, activityId, viewer);
      const signUp = await createActivitiesRepository(db).findSignUp(activity.id, signUpId);
      if (!signUp) throw notFound('The sign-up');
      if (signUp.account_id !== caller.accountId) requireOrganiser(viewer);
      await db.transaction().execute(async (trx) => {
        const repo = createActivitiesRepository(trx);
        const locked = await repo.lockActivity(activity.id);
        const fresh = await repo.findSignUp(activity.id, signUpId);
        if (!locked || !fresh || fresh.status === 'cancelled') return;
        await repo.updateSignUp(fresh.id, { status: 'cancelled', cancelled_at: clock.now().toISOString() });
        if (fresh.status === 'confirmed') {
          const freed = { ...locked, seats_taken: locked.seats_taken - 1 };
          await repo.updateActivity(locked.id, { seats_taken: freed.seats_taken });
          await fillFreeSeats(trx, freed, notify, locked.title, deps.activity);
        }
        await deps.activity(trx, {
          verb: 'activity.sign-up-cancelled',
          actorId: fresh.account_id,
          subjectType: 'activity',
          subjectId: locked.id,
          areaId: initiative.primary_area_id,
          domain: initiative.domain,
        });
      });
    },

    async list(
      caller: Caller,
      initiativeId: string,
      activityId: string,
      query: { status?: SignUpStatus | undefined; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      await activities.mustFindActivity(initiativeId, activityId, viewer);
      const rows = await createActivitiesRepository(db).listSignUps(
        activityId,
        query.status,
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.queued_at, id: row.id }),
        (row) => row,
      );
      return { items: await presentAll(page.items), nextCursor: page.nextCursor };
    },

    /** Organisers record who came, once the activity has started. */
    async recordAttendance(
      caller: Caller,
      initiativeId: string,
      activityId: string,
      signUpId: string,
      attended: boolean,
    ): Promise<SignUp> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      const activity = await activities.mustFindActivity(initiativeId, activityId, viewer);
      if (new Date(activity.starts_at).getTime() > clock.now().getTime()) {
        throw conflict('Attendance can be recorded once the activity has started.', 'activity-not-started');
      }
      const signUp = await createActivitiesRepository(db).findSignUp(activity.id, signUpId);
      if (!signUp) throw notFound('The sign-up');
      if (signUp.status !== 'confirmed') throw conflict('Only confirmed sign-ups can attend.', 'not-confirmed');
      await db.transaction().execute(async (trx) => {
        await createActivitiesRepository(trx).updateSignUp(signUp.id, {
          attended: attended ? 1 : 0,
          attendance_recorded_at: clock.now().toISOString(),
          attendance_recorded_by: caller.accountId,
        });
        const was = signUp.attended === 1;
        if (was !== attended) {
          await deps.activity(trx, {
            verb: attended ? 'activity.attended' : 'activity.attendance-withdrawn',
            actorId: signUp.account_id,
            subjectType: 'activity',
            subjectId: activity.id,
            areaId: initiative.primary_area_id,
            domain: initiative.domain,
          });
        }
      });
      const row = await createActivitiesRepository(db).findSignUp(activity.id, signUpId);
      if (!row) throw notFound('The sign-up');
      return presentOne(row);
    },
  };
}
export type SignUpsService = ReturnType<typeof createSignUpsService>;
