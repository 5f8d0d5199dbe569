import type { Db } from '../../../db/database.ts';
import type { ActivityRecorder } from '../../activity/activity.service.ts';
import { randomSecret } from '../budgeting.context.ts';
import { countInWorker } from './count-in-worker.ts';
import { createCountRunner } from './count-runner.ts';

/**
 * The periodic count job: queues rounds whose voting has closed by date, and counts whatever is
 * queued (or was left running by an instance that stopped). Requests start counts at once too;
 * this catches the rest. The clock starts at the job's `now` and runs on from there.
 */
export async function runBudgetCounts(deps: { db: Db; activity: ActivityRecorder }, now: Date): Promise<void> {
  const started = Date.now();
  const clock = { now: () => new Date(now.getTime() + (Date.now() - started)) };
  await createCountRunner({
    db: deps.db,
    clock,
    activity: deps.activity,
    count: countInWorker,
    secret: randomSecret,
  }).runPending();
}
