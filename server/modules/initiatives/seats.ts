import type { Db } from '../../db/database.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import { createInitiativesRepository } from './initiatives.repository.ts';
import { createActivitiesRepository } from './activities/activities.repository.ts';
import type { InitiativeActivitiesTable } from './initiatives.tables.ts';
import type { Notifier } from './notifier.ts';

/**
 * Moves people up from the waiting list while places are free. Call it inside the transaction
 * that holds the activity's lock (`lockActivity`), with the row that lock returned.
 * Returns the new number of seats taken.
 */
export async function fillFreeSeats(
  trx: Db,
  activity: InitiativeActivitiesTable,
  notify: Notifier,
  title: string,
  record: ActivityRecorder,
): Promise<number> {
  const repo = createActivitiesRepository(trx);
  const free = activity.capacity - activity.seats_taken;
  if (free <= 0 || activity.cancelled_at) return activity.seats_taken;
  const promoted = await repo.firstWaiting(activity.id, free);
  for (const signUp of promoted) await repo.updateSignUp(signUp.id, { status: 'confirmed' });
  const seats = activity.seats_taken + promoted.length;
  if (promoted.length > 0) {
    await repo.updateActivity(activity.id, { seats_taken: seats });
    const initiative = await createInitiativesRepository(trx).find(activity.initiative_id);
    for (const signUp of promoted) {
      await record(trx, {
        verb: 'activity.promoted',
        actorId: signUp.account_id,
        subjectType: 'activity',
        subjectId: activity.id,
        areaId: initiative?.primary_area_id ?? null,
        domain: initiative?.domain ?? null,
      });
    }
    await notify(
      trx,
      promoted.map((s) => s.account_id),
      { kind: 'activity.promoted', subjectType: 'activity', subjectId: activity.id, message: title },
    );
  }
  return seats;
}
