import type { z } from 'zod';
import type { SupportSchema } from '../../../../contracts/initiatives-support.ts';
import type { Db } from '../../../db/database.ts';
import type { Caller } from '../../../http/auth.ts';
import { conflict, notFound, ProblemError } from '../../../http/problem.ts';
import { dateInAmsterdam } from '../../../platform/dutch-time.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { createInitiativesRepository } from '../initiatives.repository.ts';
import type { InitiativesTable } from '../initiatives.tables.ts';
import { createMembersRepository } from '../members/members.repository.ts';
import { createNotifier } from '../notifier.ts';
import { responseDueAt } from './response-deadline.ts';
import { createSupportRepository } from './support.repository.ts';

type SupportState = z.infer<typeof SupportSchema>;

/**
 * One support per verified resident. We count a resident who is verified for one of the
 * initiative's own neighbourhoods: the municipality's duty to respond is owed to the people the
 * initiative is about, and a neighbourhood cannot be outvoted by support from across town.
 */
export function createSupportService(deps: InitiativesDeps) {
  const { db, clock } = deps;
  const load = createInitiativeLoader(deps);

  async function state(initiativeId: string, accountId: string): Promise<SupportState> {
    const repo = createSupportRepository(db);
    const [initiative, duty, mine] = await Promise.all([
      createInitiativesRepository(db).find(initiativeId),
      repo.findDuty(initiativeId),
      repo.findSupport(initiativeId, accountId),
    ]);
    return {
      count: initiative?.support_count ?? 0,
      threshold: deps.settings.supportThreshold,
      supportedByMe: mine !== undefined,
      reachedAt: duty?.reached_at ?? null,
      responseDueAt: duty?.due_at ?? null,
    };
  }

  return {
    state,

    async support(caller: Caller, initiativeId: string): Promise<SupportState> {
      const { initiative, areaIds } = await load(caller, initiativeId);
      if (initiative.hidden_at) throw conflict('A hidden initiative cannot be supported.', 'initiative-hidden');
      if (initiative.status === 'stopped') throw conflict('This initiative has stopped.', 'initiative-stopped');
      const verified = await deps.verification.verifiedAreas(caller.accountId);
      const neighbourhood = areaIds.find((id) => verified.includes(id));
      if (!neighbourhood) {
        throw new ProblemError(
          403,
          'Only residents verified for one of this initiative’s neighbourhoods can support it. Verify your address with the letter code first.',
          'not-verified',
        );
      }
      try {
        await db.transaction().execute(async (trx) => {
          const repo = createSupportRepository(trx);
          await repo.insertSupport({
            initiative_id: initiative.id,
            account_id: caller.accountId,
            area_id: neighbourhood,
            created_at: clock.now().toISOString(),
          });
          const count = await repo.addToCount(initiative.id, 1);
          await deps.activity(trx, {
            verb: 'initiative.supported',
            actorId: caller.accountId,
            subjectType: 'initiative',
            subjectId: initiative.id,
            areaId: neighbourhood,
            domain: initiative.domain,
          });
          if (count >= deps.settings.supportThreshold) await openResponseDuty(trx, deps, initiative);
        });
      } catch (error) {
        // The primary key (initiative, account) turns a second support into a conflict.
        if (await createSupportRepository(db).findSupport(initiative.id, caller.accountId))
          throw conflict('You already support this initiative.', 'already-supported');
        throw error;
      }
      return state(initiative.id, caller.accountId);
    },

    /** Withdrawing lowers the count; a response duty that has arisen stays. */
    async withdraw(caller: Caller, initiativeId: string): Promise<void> {
      const { initiative } = await load(caller, initiativeId);
      await db.transaction().execute(async (trx) => {
        const repo = createSupportRepository(trx);
        const own = await repo.findSupport(initiative.id, caller.accountId);
        if (!own || !(await repo.deleteSupport(initiative.id, caller.accountId))) throw notFound('Your support');
        await repo.addToCount(initiative.id, -1);
        await deps.activity(trx, {
          verb: 'initiative.support-withdrawn',
          actorId: caller.accountId,
          subjectType: 'initiative',
          subjectId: initiative.id,
          areaId: own.area_id,
          domain: initiative.domain,
        });
      });
    },

    async get(caller: Caller, initiativeId: string): Promise<SupportState> {
      await load(caller, initiativeId);
      return state(initiativeId, caller.accountId);
    },
  };
}
export type SupportService = ReturnType<typeof createSupportService>;

/**
 * The municipality now owes a public response within the deadline. Runs at most once per
 * initiative (the duty's primary key), whether from a support or from the reminder job.
 */
export async function openResponseDuty(
  trx: Db,
  deps: Pick<InitiativesDeps, 'clock' | 'ids' | 'activity' | 'notifications' | 'settings'>,
  initiative: InitiativesTable,
): Promise<boolean> {
  const now = deps.clock.now();
  const due = responseDueAt(now, deps.settings.responseDeadlineDays);
  const opened = await createSupportRepository(trx).insertDutyOnce({
    initiative_id: initiative.id,
    area_id: initiative.primary_area_id,
    reached_at: now.toISOString(),
    due_at: due.toISOString(),
    department: null,
    responsible_account_id: null,
    assigned_at: null,
    response_text: null,
    responded_at: null,
    responded_by: null,
    late: null,
  });
  if (!opened) return false;
  await deps.activity(trx, {
    verb: 'initiative.threshold-reached',
    actorId: null,
    subjectType: 'initiative',
    subjectId: initiative.id,
    areaId: initiative.primary_area_id,
    domain: initiative.domain,
  });
  await createNotifier(deps)(trx, await createMembersRepository(trx).organiserAccountIds(initiative.id), {
    kind: 'response.owed',
    subjectType: 'initiative',
    subjectId: initiative.id,
    message: `${initiative.title} — ${dateInAmsterdam(due)}`,
    onceKey: `response.owed:${initiative.id}`,
  });
  return true;
}
