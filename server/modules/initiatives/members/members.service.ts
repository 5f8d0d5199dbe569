import type { Member } from '../../../../contracts/initiatives-members.ts';
import type { MemberRole, MemberStatus } from '../../../../contracts/initiatives.ts';
import type { Db } from '../../../db/database.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { conflict, forbidden, notFound } from '../../../http/problem.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { requireOrganiser, type InitiativeViewer } from '../initiatives.policy.ts';
import type { InitiativeMembersTable, InitiativesTable } from '../initiatives.tables.ts';
import { createMembersRepository } from './members.repository.ts';
import { createNotifier } from '../notifier.ts';
import { namesOf } from '../people.ts';

const ORGANISER_ROLES: readonly MemberRole[] = ['initiator', 'organiser'];

/** Members and their roles; join requests decided by organisers; residents without an account. */
export function createMembersService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const load = createInitiativeLoader(deps);
  const notify = createNotifier(deps);

  async function presentAll(rows: InitiativeMembersTable[], viewer: InitiativeViewer): Promise<Member[]> {
    const names = await namesOf(
      deps.accounts,
      rows.map((row) => row.account_id),
    );
    return rows.map((row) => ({
      id: row.id,
      accountId: row.account_id,
      displayName: row.offline_name ?? names.get(row.account_id ?? '') ?? 'Onbekend',
      role: row.role,
      status: row.status,
      offline: row.account_id === null,
      contact: viewer.isMember ? row.contact : null,
      message: viewer.isOrganiser ? row.message : null,
      requestedAt: row.requested_at,
    }));
  }

  async function presentOne(row: InitiativeMembersTable, viewer: InitiativeViewer): Promise<Member> {
    const [member] = await presentAll([row], viewer);
    if (!member) throw notFound('The member');
    return member;
  }

  async function mustFind(
    initiativeId: string,
    memberId: string,
    repo = createMembersRepository(db),
  ): Promise<InitiativeMembersTable> {
    const member = await repo.find(initiativeId, memberId);
    if (!member) throw notFound('The member');
    return member;
  }

  /** An initiative keeps at least one organiser with an account, or nobody can run it. */
  async function keepsAnOrganiser(trx: Db, member: InitiativeMembersTable): Promise<void> {
    const isOrganiser =
      member.status === 'active' && member.account_id !== null && ORGANISER_ROLES.includes(member.role);
    if (isOrganiser && (await createMembersRepository(trx).countActiveOrganisers(member.initiative_id)) <= 1) {
      throw conflict('This is the last organiser; make someone else organiser first.', 'last-organiser');
    }
  }

  function joined(trx: Db, initiative: InitiativesTable, actorId: string, onBehalfOfId: string | null) {
    return deps.activity(trx, {
      verb: 'initiative.joined',
      actorId,
      onBehalfOfId,
      subjectType: 'initiative',
      subjectId: initiative.id,
      areaId: initiative.primary_area_id,
      domain: initiative.domain,
    });
  }

  return {
    /** Outsiders see the organisers; members see everyone with contact details; organisers also see residents without an account and requests. */
    async list(
      caller: Caller | null,
      initiativeId: string,
      query: { status: MemberStatus; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await load(caller, initiativeId);
      if (query.status !== 'active') requireOrganiser(viewer);
      const rows = await createMembersRepository(db).list(
        initiativeId,
        { status: query.status, organisersOnly: !viewer.isMember, withOffline: viewer.isOrganiser },
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.requested_at, id: row.id }),
        (row) => row,
      );
      return { items: await presentAll(page.items, viewer), nextCursor: page.nextCursor };
    },

    async requestToJoin(
      caller: Caller,
      initiativeId: string,
      input: { message?: string | undefined; contact?: string | undefined },
    ): Promise<Member> {
      const { initiative, viewer } = await load(caller, initiativeId);
      if (initiative.status === 'stopped') throw conflict('This initiative has stopped.', 'initiative-stopped');
      const existing = viewer.membership;
      if (existing?.status === 'active') throw conflict('You are already a member.', 'already-member');
      if (existing?.status === 'requested')
        throw conflict('You have already asked to join; the organisers will decide.', 'already-requested');
      const nowIso = clock.now().toISOString();
      const fields = {
        role: 'member' as const,
        status: 'requested' as const,
        message: input.message ?? null,
        contact: input.contact ?? null,
        requested_at: nowIso,
        decided_at: null,
        decided_by: null,
      };
      const id = existing?.id ?? ids();
      await db.transaction().execute(async (trx) => {
        const repo = createMembersRepository(trx);
        if (existing) await repo.update(existing.id, fields);
        else {
          try {
            await repo.insert({
              id,
              initiative_id: initiative.id,
              account_id: caller.accountId,
              offline_name: null,
              added_by: null,
              ...fields,
            });
          } catch (error) {
            // The unique (initiative, account) index: a double click arrived twice.
            if (await createMembersRepository(db).findByAccount(initiative.id, caller.accountId))
              throw conflict('You have already asked to join.', 'already-requested');
            throw error;
          }
        }
        await notify(trx, await repo.organiserAccountIds(initiative.id), {
          kind: 'member.requested',
          subjectType: 'initiative',
          subjectId: initiative.id,
          message: initiative.title,
        });
      });
      return presentOne(await mustFind(initiative.id, id), viewer);
    },

    async change(
      caller: Caller,
      initiativeId: string,
      memberId: string,
      input: {
        status?: 'active' | 'declined' | undefined;
        role?: MemberRole | undefined;
        contact?: string | null | undefined;
      },
    ): Promise<Member> {
      const { initiative, viewer } = await load(caller, initiativeId);
      const member = await mustFind(initiative.id, memberId);
      if (input.status !== undefined || input.role !== undefined) requireOrganiser(viewer);
      if (input.contact !== undefined && member.account_id !== caller.accountId) {
        throw forbidden('Only the member themself can change what they share.');
      }
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const repo = createMembersRepository(trx);
        const changes: Partial<InitiativeMembersTable> = {};
        if (input.status !== undefined) {
          if (member.status !== 'requested')
            throw conflict('Only open join requests can be accepted or declined.', 'not-requested');
          Object.assign(changes, { status: input.status, decided_at: nowIso, decided_by: caller.accountId });
        }
        if (input.role !== undefined) {
          const willBeActive = (input.status ?? member.status) === 'active';
          if (!willBeActive) throw conflict('Only active members have a role to change.', 'not-active');
          if (!ORGANISER_ROLES.includes(input.role)) await keepsAnOrganiser(trx, member);
          changes.role = input.role;
        }
        if (input.contact !== undefined) changes.contact = input.contact;
        await repo.update(member.id, changes);
        if (input.status === 'active' && member.account_id) await joined(trx, initiative, member.account_id, null);
        if (input.status && member.account_id) {
          await notify(trx, [member.account_id], {
            kind: `member.${input.status === 'active' ? 'accepted' : 'declined'}`,
            subjectType: 'initiative',
            subjectId: initiative.id,
            message: initiative.title,
          });
        }
      });
      const refreshed = await load(caller, initiativeId);
      return presentOne(await mustFind(initiative.id, memberId), refreshed.viewer);
    },

    /** A member leaves, or an organiser removes someone; the row stays (status `left`) for the history. */
    async remove(caller: Caller, initiativeId: string, memberId: string): Promise<void> {
      const { initiative, viewer } = await load(caller, initiativeId);
      const member = await mustFind(initiative.id, memberId);
      if (member.account_id !== caller.accountId) requireOrganiser(viewer);
      if (member.status === 'left' || member.status === 'declined') return;
      await db.transaction().execute(async (trx) => {
        await keepsAnOrganiser(trx, member);
        await createMembersRepository(trx).update(member.id, {
          status: 'left',
          decided_at: clock.now().toISOString(),
          decided_by: caller.accountId,
        });
        if (member.status === 'active') {
          await deps.activity(trx, {
            verb: 'initiative.left',
            actorId: member.account_id ?? caller.accountId,
            onBehalfOfId: member.account_id ? null : member.id,
            subjectType: 'initiative',
            subjectId: initiative.id,
            areaId: initiative.primary_area_id,
            domain: initiative.domain,
          });
        }
      });
    },

    /** For residents who are not online: name only, visible to organisers. */
    async addOffline(caller: Caller, initiativeId: string, input: { name: string; role: MemberRole }): Promise<Member> {
      const { initiative, viewer } = await load(caller, initiativeId);
      requireOrganiser(viewer);
      const nowIso = clock.now().toISOString();
      const id = ids();
      await db.transaction().execute(async (trx) => {
        await createMembersRepository(trx).insert({
          id,
          initiative_id: initiative.id,
          account_id: null,
          offline_name: input.name,
          role: input.role,
          status: 'active',
          message: null,
          contact: null,
          added_by: caller.accountId,
          requested_at: nowIso,
          decided_at: nowIso,
          decided_by: caller.accountId,
        });
        await joined(trx, initiative, caller.accountId, id);
      });
      return presentOne(await mustFind(initiative.id, id), viewer);
    },
  };
}
export type MembersService = ReturnType<typeof createMembersService>;
