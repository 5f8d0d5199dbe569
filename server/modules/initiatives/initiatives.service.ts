import { lineageIds, unknownNeighbourhoods } from '../areas/areas.port.ts';
import type { z } from 'zod';
import type {
  AreaCountQuerySchema,
  CreateInitiativeSchema,
  Initiative,
  InitiativeQuerySchema,
  InitiativeStatus,
  UpdateInitiativeSchema,
} from '../../../contracts/initiatives.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { badRequest, conflict, forbidden, unauthorized } from '../../http/problem.ts';
import type { InitiativesDeps } from './initiatives.deps.ts';
import { createInitiativeLoader, type LoadedInitiative } from './initiative-loader.ts';
import { checkTransition, statusVerb } from './lifecycle.ts';
import { canRegisterOnBehalf, requireOrganiser } from './initiatives.policy.ts';
import { createInitiativesRepository } from './initiatives.repository.ts';
import type { InitiativesTable } from './initiatives.tables.ts';
import { createMembersRepository } from './members/members.repository.ts';
import { createOrganisationsRepository } from './organisations/organisations.repository.ts';
import { namesOf, personRef } from './people.ts';
import { presentInitiativeSummary } from './presenters.ts';
import { dutyState } from './support/response-deadline.ts';
import { queryTerms, searchTerms } from './search-terms.ts';
import { createSupportRepository } from './support/support.repository.ts';

type CreateInput = z.infer<typeof CreateInitiativeSchema>;
type UpdateInput = z.infer<typeof UpdateInitiativeSchema>;
type ListQuery = z.infer<typeof InitiativeQuerySchema>;
type AreaCountQuery = z.infer<typeof AreaCountQuerySchema>;

/** Starting, reading, editing, browsing and moving an initiative through its lifecycle. */
export function createInitiativesService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const load = createInitiativeLoader(deps);

  async function checkNeighbourhoods(areaIds: readonly string[]): Promise<void> {
    const unknown = await unknownNeighbourhoods(deps.areas, areaIds);
    if (unknown.length > 0) {
      throw badRequest(`These are not neighbourhoods of this municipality: ${unknown.join(', ')}.`, [
        { name: 'body.areaIds', reason: `Unknown neighbourhood(s): ${unknown.join(', ')}` },
      ]);
    }
  }

  async function lineagesOf(areaIds: readonly string[]): Promise<string[][]> {
    return Promise.all(areaIds.map((id) => lineageIds(deps.areas, id)));
  }

  async function present(loaded: LoadedInitiative): Promise<Initiative> {
    const { initiative, areaIds, viewer } = loaded;
    const repo = createInitiativesRepository(db);
    const support = createSupportRepository(db);
    const now = clock.now();
    const [openNeeds, figures, duty, mine] = await Promise.all([
      repo.openNeedCounts([initiative.id]),
      repo.figures(initiative.id, now.toISOString()),
      support.findDuty(initiative.id),
      viewer.caller ? support.findSupport(initiative.id, viewer.caller.accountId) : Promise.resolve(undefined),
    ]);
    const responded = duty?.responded_at ? duty : undefined;
    const membership = viewer.membership;
    return {
      ...presentInitiativeSummary(initiative, areaIds, openNeeds.get(initiative.id) ?? 0),
      description: initiative.description,
      stopReason: initiative.stop_reason,
      updatedAt: initiative.updated_at,
      registeredOnBehalf: initiative.registered_on_behalf === 1,
      figures,
      support: {
        threshold: deps.settings.supportThreshold,
        count: initiative.support_count,
        supportedByMe: viewer.caller ? mine !== undefined : null,
        reachedAt: duty?.reached_at ?? null,
        responseDueAt: duty?.due_at ?? null,
        responseState: !duty
          ? 'not_due'
          : responded
            ? 'answered'
            : dutyState(new Date(duty.due_at), now, deps.settings.responseDueSoonDays),
      },
      response: responded
        ? {
            text: responded.response_text ?? '',
            department: responded.department,
            respondedAt: responded.responded_at ?? '',
            late: responded.late === 1,
          }
        : null,
      viewer: {
        membership: membership ? { id: membership.id, role: membership.role, status: membership.status } : null,
        canEdit: viewer.isOrganiser,
        canModerate: viewer.isModerator,
        canRespond: viewer.isResponder && duty !== undefined && !responded,
      },
    };
  }

  return {
    async create(caller: Caller, input: CreateInput): Promise<Initiative> {
      await checkNeighbourhoods(input.areaIds);
      if (input.onBehalfOf && !canRegisterOnBehalf(caller, await lineagesOf(input.areaIds))) {
        throw forbidden(
          'Only professionals for every neighbourhood of the initiative can register it on behalf of a resident.',
        );
      }
      const organisations = await createOrganisationsRepository(db).findMany(input.partnerOrganisationIds);
      const missing = input.partnerOrganisationIds.filter(
        (id) => !organisations.some((o) => o.id === id && !o.hidden_at),
      );
      if (missing.length > 0) {
        throw badRequest('Some partner organisations do not exist.', [
          { name: 'body.partnerOrganisationIds', reason: `Unknown: ${missing.join(', ')}` },
        ]);
      }
      const nowIso = clock.now().toISOString();
      const primaryArea = input.areaIds[0] ?? '';
      const row: InitiativesTable = {
        id: ids(),
        title: input.title,
        summary: input.summary,
        description: input.description,
        domain: input.domain,
        status: 'idea',
        stop_reason: null,
        primary_area_id: primaryArea,
        created_by: caller.accountId,
        registered_on_behalf: input.onBehalfOf ? 1 : 0,
        support_count: 0,
        created_at: nowIso,
        updated_at: nowIso,
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
      };
      await db.transaction().execute(async (trx) => {
        const repo = createInitiativesRepository(trx);
        const members = createMembersRepository(trx);
        await repo.insert(row);
        await repo.replaceAreas(row.id, input.areaIds);
        await repo.replaceSearchTerms('initiative', row.id, searchTerms(row.title, row.summary, row.description));
        await repo.insertStatusChange({
          id: ids(),
          initiative_id: row.id,
          from_status: null,
          to_status: 'idea',
          reason: null,
          changed_by: caller.accountId,
          changed_at: nowIso,
        });
        const member = {
          initiative_id: row.id,
          status: 'active' as const,
          message: null,
          contact: null,
          requested_at: nowIso,
          decided_at: nowIso,
          decided_by: caller.accountId,
        };
        let onBehalfOfId: string | null = null;
        if (input.onBehalfOf) {
          onBehalfOfId = ids();
          await members.insert({
            ...member,
            id: onBehalfOfId,
            account_id: null,
            offline_name: input.onBehalfOf.name,
            role: 'initiator',
            added_by: caller.accountId,
          });
        }
        await members.insert({
          ...member,
          id: ids(),
          account_id: caller.accountId,
          offline_name: null,
          role: input.onBehalfOf ? 'organiser' : 'initiator',
          added_by: null,
        });
        const adminOf = new Set<string>();
        for (const organisation of organisations) {
          const membership = await createOrganisationsRepository(trx).findMemberByAccount(
            organisation.id,
            caller.accountId,
          );
          if (membership?.status === 'active' && membership.role === 'admin') adminOf.add(organisation.id);
          await createOrganisationsRepository(trx).insertPartner({
            initiative_id: row.id,
            organisation_id: organisation.id,
            status: adminOf.has(organisation.id) ? 'confirmed' : 'proposed_by_initiative',
            proposed_by: caller.accountId,
            proposed_at: nowIso,
            confirmed_at: adminOf.has(organisation.id) ? nowIso : null,
            confirmed_by: adminOf.has(organisation.id) ? caller.accountId : null,
          });
        }
        await deps.activity(trx, {
          verb: 'initiative.created',
          actorId: caller.accountId,
          onBehalfOfId,
          subjectType: 'initiative',
          subjectId: row.id,
          areaId: primaryArea,
          domain: row.domain,
        });
        for (const organisationId of adminOf) {
          await deps.activity(trx, {
            verb: 'initiative.partnered',
            actorId: caller.accountId,
            organisationId,
            subjectType: 'initiative',
            subjectId: row.id,
            areaId: primaryArea,
            domain: row.domain,
          });
        }
      });
      return present(await load(caller, row.id));
    },

    async get(caller: Caller | null, initiativeId: string): Promise<Initiative> {
      return present(await load(caller, initiativeId));
    },

    async update(caller: Caller, initiativeId: string, changes: UpdateInput): Promise<Initiative> {
      const loaded = await load(caller, initiativeId);
      requireOrganiser(loaded.viewer);
      if (changes.areaIds) await checkNeighbourhoods(changes.areaIds);
      const { initiative } = loaded;
      const next = {
        title: changes.title ?? initiative.title,
        summary: changes.summary ?? initiative.summary,
        description: changes.description ?? initiative.description,
        domain: changes.domain ?? initiative.domain,
      };
      await db.transaction().execute(async (trx) => {
        const repo = createInitiativesRepository(trx);
        await repo.update(initiative.id, {
          ...next,
          ...(changes.areaIds ? { primary_area_id: changes.areaIds[0] ?? initiative.primary_area_id } : {}),
          updated_at: clock.now().toISOString(),
        });
        if (changes.areaIds) await repo.replaceAreas(initiative.id, changes.areaIds);
        await repo.replaceSearchTerms(
          'initiative',
          initiative.id,
          searchTerms(next.title, next.summary, next.description),
        );
      });
      return present(await load(caller, initiativeId));
    },

    async changeStatus(
      caller: Caller,
      initiativeId: string,
      input: { status: InitiativeStatus; reason?: string | undefined },
    ): Promise<Initiative> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      const check = checkTransition(initiative.status, input.status, input.reason);
      if (!check.ok) throw badRequest(check.reason, [{ name: `body.${check.field}`, reason: check.reason }]);
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const repo = createInitiativesRepository(trx);
        const moved = await repo.changeStatus(initiative.id, initiative.status, {
          status: input.status,
          stop_reason: input.status === 'stopped' ? (input.reason ?? null) : null,
          updated_at: nowIso,
        });
        if (!moved) throw conflict('Someone else changed the status just now; reload and try again.', 'status-changed');
        await repo.insertStatusChange({
          id: ids(),
          initiative_id: initiative.id,
          from_status: initiative.status,
          to_status: input.status,
          reason: input.reason ?? null,
          changed_by: caller.accountId,
          changed_at: nowIso,
        });
        await deps.activity(trx, {
          verb: statusVerb(initiative.status, input.status),
          actorId: caller.accountId,
          subjectType: 'initiative',
          subjectId: initiative.id,
          areaId: initiative.primary_area_id,
          domain: initiative.domain,
        });
      });
      return present(await load(caller, initiativeId));
    },

    async statusHistory(caller: Caller | null, initiativeId: string, limit: number, cursor?: string) {
      await load(caller, initiativeId);
      const rows = await createInitiativesRepository(db).listStatusChanges(initiativeId, limit, decodeCursor(cursor));
      const names = await namesOf(
        deps.accounts,
        rows.map((row) => row.changed_by),
      );
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.changed_at, id: row.id }),
        (row) => ({
          id: row.id,
          fromStatus: row.from_status,
          toStatus: row.to_status,
          reason: row.reason,
          changedBy: personRef(names, row.changed_by),
          changedAt: row.changed_at,
        }),
      );
    },

    async list(caller: Caller | null, query: ListQuery) {
      if (query.mine && !caller) throw unauthorized('Log in to see your own initiatives.');
      const areaIds = query.areaId ? await deps.areas.within(query.areaId) : undefined;
      const repo = createInitiativesRepository(db);
      const rows = await repo.list(
        {
          areaIds,
          domain: query.domain,
          status: query.status,
          hasOpenNeeds: query.hasOpenNeeds,
          terms: query.q ? queryTerms(query.q) : undefined,
          memberId: query.mine ? caller?.accountId : undefined,
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const shown = rows.slice(0, query.limit).map((row) => row.id);
      const [areas, openNeeds] = await Promise.all([repo.areasOf(shown), repo.openNeedCounts(shown)]);
      return toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => presentInitiativeSummary(row, areas.get(row.id) ?? [], openNeeds.get(row.id) ?? 0),
      );
    },

    async countsPerArea(query: AreaCountQuery) {
      const after = decodeCursor(query.cursor);
      const rows = await createInitiativesRepository(db).countsPerArea(
        { domain: query.domain, status: query.status },
        query.limit,
        after?.id,
      );
      return toPage(
        rows,
        query.limit,
        (row) => ({ sort: 0, id: row.area_id }),
        (row) => ({
          areaId: row.area_id,
          initiatives: Number(row.initiatives),
          withOpenNeeds: Number(row.with_open_needs ?? 0),
        }),
      );
    },
  };
}
export type InitiativesService = ReturnType<typeof createInitiativesService>;
