import { withAncestors } from '../../areas/areas.port.ts';
import type { z } from 'zod';
import type {
  CreateOrganisationSchema,
  Organisation,
  OrganisationChangeSchema,
  OrganisationQuerySchema,
  OrganisationRole,
} from '../../../../contracts/initiatives-organisations.ts';
import type { MemberStatus } from '../../../../contracts/initiatives.ts';
import { hasRoleFor, type Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, forbidden, notFound } from '../../../http/problem.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { MODERATOR_ROLES } from '../initiatives.policy.ts';
import { createInitiativesRepository } from '../initiatives.repository.ts';
import type { OrganisationMembersTable, OrganisationsTable } from '../initiatives.tables.ts';
import { createNotifier } from '../notifier.ts';
import { createOrganisationsRepository } from './organisations.repository.ts';
import { namesOf } from '../people.ts';
import { moderationOf } from '../presenters.ts';
import { queryTerms, searchTerms } from '../search-terms.ts';

type CreateInput = z.infer<typeof CreateOrganisationSchema>;
type ChangeInput = z.infer<typeof OrganisationChangeSchema>;
type ListQuery = z.infer<typeof OrganisationQuerySchema>;

export interface OrganisationViewer {
  membership: OrganisationMembersTable | undefined;
  isMember: boolean;
  isAdmin: boolean;
  isModerator: boolean;
}

/** Associations, foundations, social enterprises, care providers, housing corporations, schools, companies. */
export function createOrganisationsService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const notify = createNotifier(deps);

  async function load(
    caller: Caller | null,
    organisationId: string,
  ): Promise<{ organisation: OrganisationsTable; viewer: OrganisationViewer }> {
    const repo = createOrganisationsRepository(db);
    const organisation = await repo.find(organisationId);
    if (!organisation) throw notFound('The organisation');
    const membership = caller ? await repo.findMemberByAccount(organisation.id, caller.accountId) : undefined;
    const lineage = organisation.area_id && caller ? await withAncestors(deps.areas, [organisation.area_id]) : [];
    const isMember = membership?.status === 'active';
    const viewer = {
      membership,
      isMember,
      isAdmin: isMember && membership?.role === 'admin',
      isModerator: hasRoleFor(caller, MODERATOR_ROLES, lineage),
    };
    if (organisation.hidden_at && !(viewer.isMember || viewer.isModerator)) throw notFound('The organisation');
    return { organisation, viewer };
  }

  function requireAdmin(viewer: OrganisationViewer): void {
    if (!viewer.isAdmin) throw forbidden('Only the organisation’s administrators can do this.');
  }

  async function checkArea(areaId: string | null | undefined): Promise<void> {
    if (areaId && !(await deps.areas.exists(areaId)))
      throw badRequest('There is no area with this id.', [{ name: 'body.areaId', reason: 'Unknown area' }]);
  }

  async function present(organisation: OrganisationsTable, viewer: OrganisationViewer): Promise<Organisation> {
    const membership = viewer.membership;
    return {
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      areaId: organisation.area_id,
      createdAt: organisation.created_at,
      moderation: moderationOf(organisation),
      description: organisation.description,
      website: organisation.website,
      figures: await createOrganisationsRepository(db).figures(organisation.id),
      viewer: {
        membership: membership ? { id: membership.id, role: membership.role, status: membership.status } : null,
        canEdit: viewer.isAdmin,
      },
    };
  }

  async function mustFindMember(organisationId: string, memberId: string): Promise<OrganisationMembersTable> {
    const member = await createOrganisationsRepository(db).findMember(organisationId, memberId);
    if (!member) throw notFound('The member');
    return member;
  }

  async function keepsAnAdmin(member: OrganisationMembersTable): Promise<void> {
    if (
      member.status === 'active' &&
      member.role === 'admin' &&
      (await createOrganisationsRepository(db).adminAccountIds(member.organisation_id)).length <= 1
    ) {
      throw conflict(
        'This is the last administrator of the organisation; make someone else administrator first.',
        'last-admin',
      );
    }
  }

  async function presentMember(row: OrganisationMembersTable) {
    const [member] = await presentMembers([row]);
    if (!member) throw notFound('The member');
    return member;
  }

  async function presentMembers(rows: OrganisationMembersTable[]) {
    const names = await namesOf(
      deps.accounts,
      rows.map((row) => row.account_id),
    );
    return rows.map((row) => ({
      id: row.id,
      accountId: row.account_id,
      displayName: names.get(row.account_id) ?? 'Onbekend',
      role: row.role,
      status: row.status,
      requestedAt: row.requested_at,
    }));
  }

  async function get(caller: Caller | null, organisationId: string): Promise<Organisation> {
    const { organisation, viewer } = await load(caller, organisationId);
    return present(organisation, viewer);
  }

  return {
    load,

    async list(query: ListQuery) {
      const rows = await createOrganisationsRepository(db).list(
        { kind: query.kind, terms: query.q ? queryTerms(query.q) : undefined },
        query.limit,
        decodeCursor(query.cursor),
      );
      return toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => ({
          id: row.id,
          name: row.name,
          kind: row.kind,
          areaId: row.area_id,
          createdAt: row.created_at,
          moderation: moderationOf(row),
        }),
      );
    },

    get,

    async create(caller: Caller, input: CreateInput): Promise<Organisation> {
      await checkArea(input.areaId);
      const nowIso = clock.now().toISOString();
      const row: OrganisationsTable = {
        id: ids(),
        name: input.name,
        kind: input.kind,
        description: input.description,
        website: input.website ?? null,
        area_id: input.areaId ?? null,
        created_by: caller.accountId,
        created_at: nowIso,
        hidden_at: null,
        hidden_by: null,
        hidden_reason: null,
      };
      await db.transaction().execute(async (trx) => {
        const repo = createOrganisationsRepository(trx);
        await repo.insert(row);
        await repo.insertMember({
          id: ids(),
          organisation_id: row.id,
          account_id: caller.accountId,
          role: 'admin',
          status: 'active',
          requested_at: nowIso,
          decided_at: nowIso,
          decided_by: caller.accountId,
        });
        await createInitiativesRepository(trx).replaceSearchTerms(
          'organisation',
          row.id,
          searchTerms(row.name, row.description),
        );
        await deps.activity(trx, {
          verb: 'organisation.created',
          actorId: caller.accountId,
          organisationId: row.id,
          subjectType: 'organisation',
          subjectId: row.id,
          areaId: row.area_id,
        });
      });
      return get(caller, row.id);
    },

    async change(caller: Caller, organisationId: string, input: ChangeInput): Promise<Organisation> {
      const { organisation, viewer } = await load(caller, organisationId);
      requireAdmin(viewer);
      await checkArea(input.areaId);
      const next = {
        name: input.name ?? organisation.name,
        kind: input.kind ?? organisation.kind,
        description: input.description ?? organisation.description,
        website: input.website === undefined ? organisation.website : input.website,
        area_id: input.areaId === undefined ? organisation.area_id : input.areaId,
      };
      await db.transaction().execute(async (trx) => {
        await createOrganisationsRepository(trx).update(organisation.id, next);
        await createInitiativesRepository(trx).replaceSearchTerms(
          'organisation',
          organisation.id,
          searchTerms(next.name, next.description),
        );
      });
      return get(caller, organisationId);
    },

    /** Members see each other; outsiders see the administrators (the contact persons); requests only administrators. */
    async listMembers(
      caller: Caller | null,
      organisationId: string,
      query: { status: MemberStatus; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await load(caller, organisationId);
      if (query.status !== 'active') requireAdmin(viewer);
      const rows = await createOrganisationsRepository(db).listMembers(
        organisationId,
        query.status,
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.requested_at, id: row.id }),
        (row) => row,
      );
      const visible = viewer.isMember ? page.items : page.items.filter((row) => row.role === 'admin');
      return { items: await presentMembers(visible), nextCursor: page.nextCursor };
    },

    async requestToJoin(caller: Caller, organisationId: string) {
      const { organisation, viewer } = await load(caller, organisationId);
      const existing = viewer.membership;
      if (existing?.status === 'active') throw conflict('You are already a member.', 'already-member');
      if (existing?.status === 'requested') throw conflict('You have already asked to join.', 'already-requested');
      const nowIso = clock.now().toISOString();
      const id = existing?.id ?? ids();
      await db.transaction().execute(async (trx) => {
        const repo = createOrganisationsRepository(trx);
        const fields = {
          role: 'member' as const,
          status: 'requested' as const,
          requested_at: nowIso,
          decided_at: null,
          decided_by: null,
        };
        if (existing) await repo.updateMember(existing.id, fields);
        else await repo.insertMember({ id, organisation_id: organisation.id, account_id: caller.accountId, ...fields });
        await notify(trx, await repo.adminAccountIds(organisation.id), {
          kind: 'organisation.member-requested',
          subjectType: 'organisation',
          subjectId: organisation.id,
          message: organisation.name,
        });
      });
      return presentMember(await mustFindMember(organisation.id, id));
    },

    async changeMember(
      caller: Caller,
      organisationId: string,
      memberId: string,
      input: { status?: 'active' | 'declined' | undefined; role?: OrganisationRole | undefined },
    ) {
      const { organisation, viewer } = await load(caller, organisationId);
      requireAdmin(viewer);
      const member = await mustFindMember(organisation.id, memberId);
      const changes: Partial<OrganisationMembersTable> = {};
      if (input.status !== undefined) {
        if (member.status !== 'requested')
          throw conflict('Only open join requests can be accepted or declined.', 'not-requested');
        Object.assign(changes, {
          status: input.status,
          decided_at: clock.now().toISOString(),
          decided_by: caller.accountId,
        });
      }
      if (input.role !== undefined) {
        if ((input.status ?? member.status) !== 'active')
          throw conflict('Only active members have a role to change.', 'not-active');
        if (input.role !== 'admin') await keepsAnAdmin(member);
        changes.role = input.role;
      }
      await db.transaction().execute(async (trx) => {
        await createOrganisationsRepository(trx).updateMember(member.id, changes);
        if (input.status === 'active')
          await deps.activity(trx, {
            verb: 'organisation.member-joined',
            actorId: member.account_id,
            organisationId: organisation.id,
            actorKind: 'resident',
            subjectType: 'organisation',
            subjectId: organisation.id,
            areaId: organisation.area_id,
          });
      });
      return presentMember(await mustFindMember(organisation.id, memberId));
    },

    async removeMember(caller: Caller, organisationId: string, memberId: string): Promise<void> {
      const { organisation, viewer } = await load(caller, organisationId);
      const member = await mustFindMember(organisation.id, memberId);
      if (member.account_id !== caller.accountId) requireAdmin(viewer);
      if (member.status === 'left' || member.status === 'declined') return;
      await keepsAnAdmin(member);
      await createOrganisationsRepository(db).updateMember(member.id, {
        status: 'left',
        decided_at: clock.now().toISOString(),
        decided_by: caller.accountId,
      });
    },
  };
}
export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
