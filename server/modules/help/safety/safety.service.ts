import { lineageIds } from '../../areas/areas.port.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, forbidden, notFound, ProblemError } from '../../../http/problem.ts';
import { authorityFor, scopeOf, type Authority } from '../../../http/scope.ts';
import { isTeamFor, TEAM_ROLES, VOG_ROLES } from '../help.policy.ts';
import { todayOf, type HelpDeps } from '../help.deps.ts';
import type { HelpGuardiansTable, HelpRecipientsTable, HelpReportsTable } from '../help.tables.ts';
import { createRequestsRepository } from '../requests/requests.repository.ts';
import { createSafetyRepository } from './safety.repository.ts';

const presentRecipient = (r: HelpRecipientsTable) => ({
  id: r.id,
  name: r.name,
  areaId: r.area_id,
  address: r.address,
  phone: r.phone,
  vulnerable: r.vulnerable === 1,
  professionalId: r.professional_id,
  createdAt: r.created_at,
});
const presentGuardian = (g: HelpGuardiansTable) => ({
  id: g.id,
  guardianId: g.guardian_id,
  wardAccountId: g.ward_account_id,
  wardRecipientId: g.ward_recipient_id,
  relation: g.relation,
  createdAt: g.created_at,
});
const presentReport = (r: HelpReportsTable) => ({
  id: r.id,
  reporterId: r.reporter_id,
  accountId: r.account_id,
  requestId: r.request_id,
  areaId: r.area_id,
  reason: r.reason,
  createdAt: r.created_at,
});

/** The team's area scope: null means the whole municipality. */
export function teamScope(caller: Caller): string[] | null {
  return scopeOf(caller, TEAM_ROLES);
}

/** Safety: residents who are not online, VOG, guardians, blocks and reports. */
export function createSafetyService(
  deps: Pick<HelpDeps, 'db' | 'clock' | 'ids' | 'areas' | 'audit' | 'notify' | 'accounts' | 'verification'>,
) {
  const { db, clock, ids, areas } = deps;
  const repo = createSafetyRepository(db);

  /** The neighbourhoods a team member may see, optionally narrowed to one area. */
  async function scopedAreas(caller: Caller, areaId: string | undefined): Promise<string[] | null> {
    const scope = teamScope(caller);
    if (areaId !== undefined) {
      if (!isTeamFor(caller, await lineageIds(areas, areaId)))
        throw forbidden('You are not on the neighbourhood team for this area.');
      return areas.within(areaId);
    }
    if (scope === null) return null;
    return (await Promise.all(scope.map((id) => areas.within(id)))).flat();
  }

  /** A resident who is not online, with the caller's team grant for their area; not found outside it. */
  async function requireRecipientForTeam(
    caller: Caller,
    recipientId: string,
  ): Promise<HelpRecipientsTable & { authority: Authority }> {
    const recipient = await repo.findRecipient(recipientId);
    const authority = recipient && authorityFor(caller, TEAM_ROLES, await lineageIds(areas, recipient.area_id));
    if (!recipient || !authority) throw notFound('The resident');
    return { ...recipient, authority };
  }

  /**
   * Whose VOG a caller handles: a VOG only counts for help in the neighbourhood its holder is
   * verified for (matching.ts), so that neighbourhood decides — a professional or civil servant
   * whose grant covers it. Someone verified nowhere: only municipality-wide staff. Never oneself.
   */
  async function vogAuthority(
    caller: Caller,
    accountId: string,
  ): Promise<{ authority: Authority | undefined; areaId: string | null }> {
    const verified = (await deps.verification.verifiedAreasOf([accountId])).get(accountId) ?? [];
    const areaId = verified[0] ?? null;
    const lineage = areaId === null ? [] : await lineageIds(areas, areaId);
    const authority = caller.accountId === accountId ? undefined : authorityFor(caller, VOG_ROLES, lineage);
    return { authority, areaId };
  }

  return {
    scopedAreas,

    async createRecipient(
      caller: Caller,
      input: {
        name: string;
        areaId: string;
        address?: string | undefined;
        phone?: string | undefined;
        vulnerable: boolean;
      },
    ) {
      if (!(await areas.exists(input.areaId)))
        throw badRequest('There is no such neighbourhood.', [{ name: 'body.areaId', reason: 'Unknown area' }]);
      const authority = authorityFor(caller, TEAM_ROLES, await lineageIds(areas, input.areaId));
      if (!authority) throw forbidden('You are not on the neighbourhood team for this area.');
      const row: HelpRecipientsTable = {
        id: ids(),
        area_id: input.areaId,
        name: input.name,
        address: input.address ?? null,
        phone: input.phone ?? null,
        vulnerable: input.vulnerable ? 1 : 0,
        professional_id: caller.accountId,
        created_at: clock.now().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await createSafetyRepository(trx).insertRecipient(row);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'help.recipient.created',
          subjectType: 'help_recipient',
          subjectId: row.id,
          areaId: row.area_id,
          authority,
        });
      });
      return presentRecipient(row);
    },
    async getRecipient(caller: Caller, recipientId: string) {
      const { authority: _authority, ...recipient } = await requireRecipientForTeam(caller, recipientId);
      return presentRecipient(recipient);
    },
    async listRecipients(caller: Caller, areaId: string | undefined, limit: number, cursor?: string) {
      const rows = await repo.listRecipients(await scopedAreas(caller, areaId), limit, decodeCursor(cursor));
      return toPage(rows, limit, (r) => ({ sort: r.created_at, id: r.id }), presentRecipient);
    },

    /**
     * Certificate of conduct (VOG): recorded by the team or a civil servant whose grant covers the
     * neighbourhood the resident is verified for (`vogAuthority`), never by the resident themselves;
     * audit-logged. Outside the caller's scope the resident is not found.
     */
    async recordVog(
      caller: Caller,
      accountId: string,
      input: { status: 'valid' | 'revoked'; issuedOn: string; expiresOn: string },
    ) {
      if (caller.accountId === accountId)
        throw new ProblemError(403, 'Someone else has to record your certificate of conduct (VOG).', 'own-vog');
      if (!(await deps.accounts.isActive(accountId))) throw notFound('The account');
      const { authority, areaId } = await vogAuthority(caller, accountId);
      if (!authority) throw notFound('The account');
      if (input.expiresOn <= input.issuedOn)
        throw badRequest('The expiry date must come after the issue date.', [
          { name: 'body.expiresOn', reason: 'Not after issuedOn' },
        ]);
      const before = await repo.findVog(accountId);
      const row = {
        account_id: accountId,
        status: input.status,
        issued_on: input.issuedOn,
        expires_on: input.expiresOn,
        recorded_by: caller.accountId,
        recorded_at: clock.now().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await createSafetyRepository(trx).upsertVog(row);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'help.vog.recorded',
          subjectType: 'account',
          subjectId: accountId,
          areaId,
          authority,
          before: before
            ? { status: before.status, issuedOn: before.issued_on, expiresOn: before.expires_on }
            : undefined,
          after: { status: input.status, issuedOn: input.issuedOn, expiresOn: input.expiresOn },
        });
      });
      return this.vog(caller, accountId);
    },
    async vog(caller: Caller, accountId: string) {
      if (caller.accountId !== accountId && !(await vogAuthority(caller, accountId)).authority)
        throw forbidden('Only you and the neighbourhood team can see this.');
      const row = await repo.findVog(accountId);
      if (!row) return { accountId, status: 'none' as const, issuedOn: null, expiresOn: null, recordedAt: null };
      const status = row.status === 'valid' && row.expires_on < todayOf(clock) ? ('expired' as const) : row.status;
      return { accountId, status, issuedOn: row.issued_on, expiresOn: row.expires_on, recordedAt: row.recorded_at };
    },

    async linkGuardian(
      caller: Caller,
      input: {
        guardianId: string;
        wardAccountId?: string | undefined;
        wardRecipientId?: string | undefined;
        relation: string;
      },
    ) {
      if ((input.wardAccountId === undefined) === (input.wardRecipientId === undefined)) {
        throw badRequest('Link the guardian to one resident.', [
          { name: 'body.wardAccountId', reason: 'Give either wardAccountId or wardRecipientId' },
        ]);
      }
      if (!(await deps.accounts.isActive(input.guardianId)))
        throw badRequest('There is no such account.', [{ name: 'body.guardianId', reason: 'Unknown account' }]);
      let authority: Authority | undefined;
      let areaId: string | null = null;
      if (input.wardRecipientId !== undefined) {
        const ward = await requireRecipientForTeam(caller, input.wardRecipientId);
        authority = ward.authority;
        areaId = ward.area_id;
      }
      if (input.wardAccountId !== undefined) {
        // A guardian may read the resident's contact details: for a resident with an account (whose
        // neighbourhood this module does not know) only a municipality-wide team member links one.
        authority = authorityFor(caller, TEAM_ROLES, []);
        if (!authority)
          throw forbidden(
            'Only a team member for the whole municipality links a guardian to a resident with an account.',
          );
        if (!(await deps.accounts.isActive(input.wardAccountId)))
          throw badRequest('There is no such account.', [{ name: 'body.wardAccountId', reason: 'Unknown account' }]);
      }
      if (input.wardAccountId === input.guardianId)
        throw conflict('A resident cannot be their own guardian.', 'guardian-self');
      const row: HelpGuardiansTable = {
        id: ids(),
        guardian_id: input.guardianId,
        ward_account_id: input.wardAccountId ?? null,
        ward_recipient_id: input.wardRecipientId ?? null,
        relation: input.relation,
        created_by: caller.accountId,
        created_at: clock.now().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await createSafetyRepository(trx).insertGuardian(row);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'help.guardian.linked',
          subjectType: 'help_guardian',
          subjectId: row.id,
          areaId,
          after: presentGuardian(row),
          authority: authority ?? null,
        });
        await deps.notify(trx, [input.guardianId], 'guardian.linked', null, '');
      });
      return presentGuardian(row);
    },
    async listGuardians(
      caller: Caller,
      filter: { wardAccountId?: string | undefined; wardRecipientId?: string | undefined },
      limit: number,
      cursor?: string,
    ) {
      if (filter.wardRecipientId) await requireRecipientForTeam(caller, filter.wardRecipientId);
      // A municipality-wide team member sees all links; anyone else the links of a resident who is
      // not online in their area, or otherwise only the links where they are the guardian (a
      // resident with an account has no area this module knows, so is no area team's business).
      const guardianId = !filter.wardRecipientId && teamScope(caller) !== null ? caller.accountId : undefined;
      const rows = await repo.listGuardians({ ...filter, guardianId }, limit, decodeCursor(cursor));
      return toPage(rows, limit, (r) => ({ sort: r.created_at, id: r.id }), presentGuardian);
    },
    async unlinkGuardian(caller: Caller, linkId: string) {
      const link = await repo.findGuardian(linkId);
      if (!link) throw notFound('The guardian link');
      // The team of the resident's area, or a municipality-wide team member — whoever made the link,
      // only while the resident is still inside their area.
      const ward = link.ward_recipient_id ? await repo.findRecipient(link.ward_recipient_id) : undefined;
      const authority = authorityFor(caller, TEAM_ROLES, ward ? await lineageIds(areas, ward.area_id) : []);
      if (!authority) throw notFound('The guardian link');
      await db.transaction().execute(async (trx) => {
        await createSafetyRepository(trx).deleteGuardian(linkId);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'help.guardian.unlinked',
          subjectType: 'help_guardian',
          subjectId: linkId,
          areaId: ward?.area_id ?? null,
          before: presentGuardian(link),
          authority,
        });
      });
    },

    async block(caller: Caller, accountId: string) {
      if (accountId === caller.accountId)
        throw badRequest('You cannot block yourself.', [{ name: 'body.accountId', reason: 'Your own account' }]);
      if (!(await deps.accounts.isActive(accountId)))
        throw badRequest('There is no such account.', [{ name: 'body.accountId', reason: 'Unknown account' }]);
      const createdAt = clock.now().toISOString();
      await repo.insertBlock({ blocker_id: caller.accountId, blocked_id: accountId, created_at: createdAt });
      return { accountId, createdAt };
    },
    async unblock(caller: Caller, accountId: string) {
      await repo.deleteBlock(caller.accountId, accountId);
    },
    async listBlocks(caller: Caller, limit: number, cursor?: string) {
      const rows = await repo.listBlocks(caller.accountId, limit, decodeCursor(cursor));
      return toPage(
        rows,
        limit,
        (r) => ({ sort: r.created_at, id: r.blocked_id }),
        (r) => ({ accountId: r.blocked_id, createdAt: r.created_at }),
      );
    },

    /** A report goes to the neighbourhood team of the request's area, and into the audit log. */
    async report(caller: Caller, input: { accountId: string; requestId?: string | undefined; reason: string }) {
      if (!(await deps.accounts.isActive(input.accountId)))
        throw badRequest('There is no such account.', [{ name: 'body.accountId', reason: 'Unknown account' }]);
      let areaId: string | null = null;
      if (input.requestId !== undefined) {
        const request = await createRequestsRepository(db).find(input.requestId);
        if (!request)
          throw badRequest('There is no such request.', [{ name: 'body.requestId', reason: 'Unknown request' }]);
        areaId = request.area_id;
      }
      const row: HelpReportsTable = {
        id: ids(),
        reporter_id: caller.accountId,
        account_id: input.accountId,
        request_id: input.requestId ?? null,
        area_id: areaId,
        reason: input.reason,
        created_at: clock.now().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await createSafetyRepository(trx).insertReport(row);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'help.reported',
          subjectType: 'account',
          subjectId: input.accountId,
          areaId,
          // The reason is the reporter's own words: it stays in help_reports, which erasure can blank;
          // the append-only audit log keeps only that a report was made (docs/privacy.md).
          after: { reportId: row.id },
          authority: null,
        });
      });
      return presentReport(row);
    },
    async listReports(caller: Caller, areaId: string | undefined, limit: number, cursor?: string) {
      // Reports without a request have no area: only a municipality-wide team member sees those.
      const rows = await repo.listReports(await scopedAreas(caller, areaId), limit, decodeCursor(cursor));
      return toPage(rows, limit, (r) => ({ sort: r.created_at, id: r.id }), presentReport);
    },
  };
}
export type SafetyService = ReturnType<typeof createSafetyService>;
