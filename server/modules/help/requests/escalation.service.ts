import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { presentRequest } from '../help.presenters.ts';
import type { HelpDeps } from '../help.deps.ts';
import { createRequestsRepository } from './requests.repository.ts';
import type { SafetyService } from '../safety/safety.service.ts';

const BATCH = 200;

/**
 * Requests that nobody took on within the configured time go to the neighbourhood team's worklist.
 * Safe to run from several app instances and the CLI at once: each request is marked by one
 * conditional update, so it is escalated (and logged) exactly once.
 */
export async function escalateDueRequests(
  deps: Pick<HelpDeps, 'db' | 'clock' | 'activity' | 'escalationHours'>,
): Promise<number> {
  const { db, clock } = deps;
  const now = clock.now();
  const cutoff = new Date(now.getTime() - deps.escalationHours * 3_600_000).toISOString();
  let escalated = 0;
  for (;;) {
    const due = await createRequestsRepository(db).dueForEscalation(cutoff, BATCH);
    for (const request of due) {
      await db.transaction().execute(async (trx) => {
        if (!(await createRequestsRepository(trx).markEscalated(request.id, now.toISOString()))) return;
        escalated += 1;
        await deps.activity(trx, {
          verb: 'help.escalated',
          actorId: null,
          subjectType: 'help_request',
          subjectId: request.id,
          areaId: request.area_id,
          domain: 'care_and_wellbeing',
        });
      });
    }
    if (due.length < BATCH) return escalated;
  }
}

export function createEscalationService(
  deps: Pick<HelpDeps, 'db' | 'clock' | 'activity' | 'escalationHours'>,
  safety: Pick<SafetyService, 'scopedAreas'>,
) {
  return {
    escalateDue: () => escalateDueRequests(deps),

    async worklist(caller: Caller, areaId: string | undefined, limit: number, cursor?: string) {
      const rows = await createRequestsRepository(deps.db).worklist(
        await safety.scopedAreas(caller, areaId),
        limit,
        decodeCursor(cursor),
      );
      return toPage(
        rows,
        limit,
        (r) => ({ sort: r.escalated_at ?? '', id: r.id }),
        (r) => presentRequest(r, caller),
      );
    },
  };
}
export type EscalationService = ReturnType<typeof createEscalationService>;
