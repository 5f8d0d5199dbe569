import type { z } from 'zod';
import type { WorklistQuerySchema } from '../../../../contracts/initiatives-support.ts';
import type { Initiative } from '../../../../contracts/initiatives.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict } from '../../../http/problem.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { RESPONDER_ROLES, requireResponder } from '../initiatives.policy.ts';
import type { InitiativesService } from '../initiatives.service.ts';
import { createMembersRepository } from '../members/members.repository.ts';
import { createNotifier } from '../notifier.ts';
import { namesOf, personRef } from '../people.ts';
import { daysBetween, daysLeft, dueSoonFrom, dutyState, isLate } from './response-deadline.ts';
import { createSupportRepository } from './support.repository.ts';

type WorklistQuery = z.infer<typeof WorklistQuerySchema>;

/** The municipality's side: claim a response duty, publish the response, the worklist and public statistics. */
export function createResponsesService(deps: InitiativesDeps, initiatives: InitiativesService) {
  const { db, clock } = deps;
  const load = createInitiativeLoader(deps);
  const notify = createNotifier(deps);

  async function openDuty(caller: Caller, initiativeId: string) {
    const loaded = await load(caller, initiativeId);
    const authority = requireResponder(loaded.viewer);
    const duty = await createSupportRepository(db).findDuty(initiativeId);
    if (!duty) throw conflict('Support has not reached the threshold; no response is owed yet.', 'no-response-due');
    if (duty.responded_at) throw conflict('The municipality has already responded.', 'already-responded');
    return { ...loaded, duty, authority };
  }

  /** Staff with only area-bound roles see the duties of their areas; a municipality-wide role sees all. */
  async function scopeOf(caller: Caller): Promise<string[] | undefined> {
    const grants = caller.grants.filter((grant) => (RESPONDER_ROLES as readonly string[]).includes(grant.role));
    if (grants.some((grant) => grant.areaId === null)) return undefined;
    const areas = await Promise.all(grants.map((grant) => deps.areas.within(grant.areaId ?? '')));
    return [...new Set(areas.flat())];
  }

  return {
    async claim(caller: Caller, initiativeId: string, department: string): Promise<Initiative> {
      const { initiative, duty, authority } = await openDuty(caller, initiativeId);
      await db.transaction().execute(async (trx) => {
        await createSupportRepository(trx).assignDuty(initiative.id, {
          department,
          responsible_account_id: caller.accountId,
          assigned_at: clock.now().toISOString(),
        });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'response.assigned',
          subjectType: 'initiative',
          subjectId: initiative.id,
          areaId: initiative.primary_area_id,
          before: { department: duty.department, responsibleAccountId: duty.responsible_account_id },
          after: { department, responsibleAccountId: caller.accountId },
          authority,
        });
      });
      return initiatives.get(caller, initiativeId);
    },

    /** Published once, on the initiative's page; an answer after the deadline counts as late for its department. */
    async respond(
      caller: Caller,
      initiativeId: string,
      input: { text: string; department?: string | undefined },
    ): Promise<Initiative> {
      const { initiative, duty, authority } = await openDuty(caller, initiativeId);
      const department = input.department ?? duty.department;
      if (!department)
        throw badRequest('Say which department answers.', [
          { name: 'body.department', reason: 'Required: nobody claimed this duty for a department' },
        ]);
      const now = clock.now();
      const late = isLate(new Date(duty.due_at), now);
      await db.transaction().execute(async (trx) => {
        const repo = createSupportRepository(trx);
        const published = await repo.publishResponse(initiative.id, {
          response_text: input.text,
          responded_at: now.toISOString(),
          responded_by: caller.accountId,
          late: late ? 1 : 0,
          department,
        });
        if (!published) throw conflict('The municipality has already responded.', 'already-responded');
        await deps.activity(trx, {
          verb: 'initiative.responded',
          actorId: caller.accountId,
          subjectType: 'initiative',
          subjectId: initiative.id,
          areaId: initiative.primary_area_id,
          domain: initiative.domain,
        });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'response.published',
          subjectType: 'initiative',
          subjectId: initiative.id,
          areaId: initiative.primary_area_id,
          after: { department, late },
          authority,
        });
        const audience = [
          ...(await createMembersRepository(trx).organiserAccountIds(initiative.id)),
          ...(await repo.supporterIds(initiative.id)),
        ];
        await notify(trx, audience, {
          kind: 'response.published',
          subjectType: 'initiative',
          subjectId: initiative.id,
          message: initiative.title,
          onceKey: `response.published:${initiative.id}`,
        });
      });
      return initiatives.get(caller, initiativeId);
    },

    async worklist(caller: Caller, query: WorklistQuery) {
      const now = clock.now();
      const scope = await scopeOf(caller);
      const asked = query.areaId ? await deps.areas.within(query.areaId) : undefined;
      const areaIds = scope && asked ? asked.filter((id) => scope.includes(id)) : (asked ?? scope);
      const rows = await createSupportRepository(db).worklist(
        {
          state: query.state,
          department: query.department,
          areaIds,
          responsibleId: query.mine ? caller.accountId : undefined,
          nowIso: now.toISOString(),
          dueSoonIso: dueSoonFrom(now, deps.settings.responseDueSoonDays).toISOString(),
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const names = await namesOf(
        deps.accounts,
        rows.map((row) => row.responsible_account_id),
      );
      return toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.due_at, id: row.initiative_id }),
        (row) => ({
          initiativeId: row.initiative_id,
          title: row.title,
          domain: row.domain,
          areaId: row.area_id,
          supportCount: row.support_count,
          reachedAt: row.reached_at,
          dueAt: row.due_at,
          daysLeft: daysLeft(new Date(row.due_at), now),
          state: dutyState(new Date(row.due_at), now, deps.settings.responseDueSoonDays),
          department: row.department,
          responsible: row.responsible_account_id ? personRef(names, row.responsible_account_id) : null,
        }),
      );
    },

    /** Public: how quickly each department answers, and how often late. */
    async statistics(limit: number, cursor?: string) {
      const after = decodeCursor(cursor);
      const repo = createSupportRepository(db);
      const rows = await repo.statistics(
        clock.now().toISOString(),
        limit,
        after === undefined ? undefined : String(after.sort),
      );
      const shown = rows.slice(0, limit).map((row) => row.department_key);
      const answered = await repo.answeredIn(shown);
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.department_key, id: row.department_key }),
        (row) => {
          const durations = answered
            .filter((duty) => (duty.department ?? '') === row.department_key && duty.responded_at)
            .map((duty) => daysBetween(new Date(duty.reached_at), new Date(duty.responded_at ?? duty.reached_at)));
          const average = durations.length > 0 ? durations.reduce((sum, d) => sum + d, 0) / durations.length : null;
          return {
            department: row.department_key === '' ? null : row.department_key,
            responded: Number(row.responded ?? 0),
            respondedLate: Number(row.responded_late ?? 0),
            open: Number(row.open ?? 0),
            overdue: Number(row.overdue ?? 0),
            averageDaysToRespond: average === null ? null : Math.round(average * 10) / 10,
          };
        },
      );
    },
  };
}
export type ResponsesService = ReturnType<typeof createResponsesService>;
