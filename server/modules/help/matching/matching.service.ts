import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import type { HelpKind, HelpWhen, Slot } from '../../../../contracts/help.ts';
import { slotsOf } from './availability.ts';
import { presentInvitation } from '../help.presenters.ts';
import { todayOf, type HelpDeps } from '../help.deps.ts';
import type { HelpInvitationsTable, HelpRequestsTable } from '../help.tables.ts';
import {
  assessCandidate,
  exclusionCounts,
  rankCandidates,
  type Candidate,
  type MatchRequest,
  type Proposal,
} from './matching.ts';
import { createOffersRepository } from '../offers/offers.repository.ts';
import { createRequestsRepository } from '../requests/requests.repository.ts';
import type { RequestsService } from '../requests/requests.service.ts';
import { createSafetyRepository } from '../safety/safety.repository.ts';

/** More candidates than this for one request are not considered (the oldest active offers win). */
const MAX_CANDIDATES = 500;
const WEEK_MS = 7 * 86_400_000;

export function createMatchingService(
  deps: HelpDeps,
  requests: Pick<RequestsService, 'requireRequest' | 'requireManage' | 'guardianIdsOf'>,
) {
  const { db, clock, ids, areas } = deps;
  const repo = createRequestsRepository(db);
  const offers = createOffersRepository(db);
  const safety = createSafetyRepository(db);

  /** Gathers the facts about every helper who offers help in or near the request's neighbourhood. */
  async function candidatesFor(request: HelpRequestsTable): Promise<{ match: MatchRequest; candidates: Candidate[] }> {
    const nearby = (await areas.nearby(request.area_id)).filter((id) => id !== request.area_id);
    const asking = [request.contact_id, ...(request.requester_id ? [request.requester_id] : [])];
    const match: MatchRequest = {
      kind: request.kind,
      areaId: request.area_id,
      nearbyAreaIds: nearby,
      slots: slotsOf(JSON.parse(request.when_json) as HelpWhen),
      vulnerable: request.vulnerable === 1,
      askingAccountIds: asking,
      neededOn: request.needed_on < todayOf(clock) ? todayOf(clock) : request.needed_on,
    };
    const rows = await offers.candidates([request.area_id, ...nearby], MAX_CANDIDATES);
    const helperIds = [...new Set(rows.map((r) => r.helper_id))];
    const since = new Date(clock.now().getTime() - WEEK_MS).toISOString();
    const [facts, verified, vogs, blocked, invitations] = await Promise.all([
      repo.helperFacts(
        helperIds,
        since,
        { requesterId: request.requester_id, recipientId: request.recipient_id },
        request.kind,
      ),
      deps.verification.verifiedAreasOf(helperIds),
      safety.vogOf(helperIds),
      safety.blockedPartners(asking),
      repo.invitationsOfRequest(request.id),
    ]);
    const candidates = rows.map((row): Candidate => {
      const fact = facts.get(row.helper_id);
      const vog = vogs.find((v) => v.account_id === row.helper_id);
      return {
        helperId: row.helper_id,
        offerId: row.id,
        kinds: JSON.parse(row.kinds_json) as HelpKind[],
        areaIds: row.areaIds,
        availability: JSON.parse(row.availability_json) as Slot[],
        maxPerWeek: row.max_per_week,
        currentLoad: fact?.load ?? 0,
        history: { exchanges: fact?.exchanges ?? 0, solved: fact?.solved ?? 0, notHelped: fact?.notHelped ?? 0 },
        experienceInKind: fact?.experience ?? 0,
        verifiedAreaIds: verified.get(row.helper_id) ?? [],
        vog: vog ? { status: vog.status, expiresOn: vog.expires_on } : null,
        blocked: blocked.has(row.helper_id),
        declined: invitations.some((i) => i.helper_id === row.helper_id && i.status === 'declined'),
      };
    });
    return { match, candidates };
  }

  async function requireOwnInvitation(caller: Caller, invitationId: string): Promise<HelpInvitationsTable> {
    const invitation = await repo.findInvitation(invitationId);
    if (!invitation || invitation.helper_id !== caller.accountId) throw notFound('The invitation');
    return invitation;
  }

  return {
    async proposals(caller: Caller, requestId: string) {
      const request = await requests.requireRequest(requestId);
      await requests.requireManage(caller, request);
      const { match, candidates } = await candidatesFor(request);
      const ranked = rankCandidates(match, candidates, 10);
      const names = await deps.accounts.displayNames(ranked.map((p) => p.helperId));
      return {
        items: ranked.map((p) => ({
          helperId: p.helperId,
          helperName: names.get(p.helperId) ?? '',
          offerId: p.offerId,
          score: p.score,
          reasons: p.reasons,
        })),
        notProposed: exclusionCounts(match, candidates),
      };
    },

    /** The asking side invites one helper; the score and its reasons travel with the invitation. */
    async invite(caller: Caller, requestId: string, helperId: string) {
      const request = await requests.requireRequest(requestId);
      await requests.requireManage(caller, request);
      if (request.status !== 'open')
        throw conflict(
          'This request is not open for an invitation: someone is invited or helping already.',
          'request-not-open',
        );
      const { match, candidates } = await candidatesFor(request);
      const assessments = candidates.filter((c) => c.helperId === helperId).map((c) => assessCandidate(match, c));
      const best = assessments.filter((a): a is Proposal => a.eligible).sort((a, b) => b.score - a.score)[0];
      if (!best) {
        const exclusion = assessments.find((a) => !a.eligible);
        const why =
          exclusion && !exclusion.eligible ? exclusion.exclusion.text : 'Has no active offer for this neighbourhood.';
        throw conflict(`This helper cannot be invited: ${why}`, 'helper-not-eligible');
      }
      const nowIso = clock.now().toISOString();
      const invitation: HelpInvitationsTable = {
        id: ids(),
        request_id: requestId,
        helper_id: helperId,
        invited_by: caller.accountId,
        status: 'pending',
        score: best.score,
        reasons_json: JSON.stringify(best.reasons),
        created_at: nowIso,
        answered_at: null,
      };
      await db.transaction().execute(async (trx) => {
        const tx = createRequestsRepository(trx);
        if (!(await tx.transition(requestId, ['open'], { status: 'invited', updated_at: nowIso }))) {
          throw conflict('Someone else invited a helper at the same time.', 'request-not-open');
        }
        await tx.insertInvitation(invitation);
        await deps.notify(trx, [helperId], 'invitation.new', requestId, request.title);
        await deps.activity(trx, {
          verb: 'help.invited',
          actorId: caller.accountId,
          subjectType: 'help_request',
          subjectId: requestId,
          areaId: request.area_id,
          domain: 'care_and_wellbeing',
        });
      });
      return presentInvitation(invitation, await requests.requireRequest(requestId), caller);
    },

    /** The helper answers. Accepting is the moment both sides agree: the details open up to them. */
    async answer(caller: Caller, invitationId: string, answer: 'accept' | 'decline') {
      const invitation = await requireOwnInvitation(caller, invitationId);
      const request = await requests.requireRequest(invitation.request_id);
      const nowIso = clock.now().toISOString();
      const guardians = answer === 'accept' ? await requests.guardianIdsOf(request) : [];
      await db.transaction().execute(async (trx) => {
        const tx = createRequestsRepository(trx);
        if (!(await tx.answerInvitation(invitationId, answer === 'accept' ? 'accepted' : 'declined', nowIso))) {
          throw conflict('This invitation was already answered or withdrawn.', 'invitation-closed');
        }
        const changes =
          answer === 'accept'
            ? { status: 'matched' as const, helper_id: caller.accountId, updated_at: nowIso }
            : { status: 'open' as const, updated_at: nowIso };
        if (!(await tx.transition(request.id, ['invited'], changes)))
          throw conflict('The request changed meanwhile.', 'request-changed');
        if (answer === 'accept') {
          await deps.notify(trx, [request.contact_id], 'invitation.accepted', request.id, request.title);
          // Guardians hear when someone is about to contact the resident they look out for.
          await deps.notify(trx, guardians, 'guardian.contact', request.id, request.title);
          await deps.activity(trx, {
            verb: 'help.matched',
            actorId: caller.accountId,
            counterpartId: request.requester_id ?? request.recipient_id,
            subjectType: 'help_request',
            subjectId: request.id,
            areaId: request.area_id,
            domain: 'care_and_wellbeing',
          });
        } else {
          await deps.notify(trx, [request.contact_id], 'invitation.declined', request.id, request.title);
        }
      });
      const updated = await repo.findInvitation(invitationId);
      return presentInvitation(updated ?? invitation, await requests.requireRequest(request.id), caller);
    },

    /** The asking side withdraws an unanswered invitation, so the request is open again. */
    async withdraw(caller: Caller, invitationId: string) {
      const invitation = await repo.findInvitation(invitationId);
      if (!invitation) throw notFound('The invitation');
      const request = await requests.requireRequest(invitation.request_id);
      await requests.requireManage(caller, request);
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const tx = createRequestsRepository(trx);
        if (!(await tx.answerInvitation(invitationId, 'withdrawn', nowIso)))
          throw conflict('This invitation was already answered or withdrawn.', 'invitation-closed');
        await tx.transition(request.id, ['invited'], { status: 'open', updated_at: nowIso });
        await deps.notify(trx, [invitation.helper_id], 'invitation.withdrawn', request.id, request.title);
      });
    },

    async myInvitations(
      caller: Caller,
      status: HelpInvitationsTable['status'] | undefined,
      limit: number,
      cursor?: string,
    ) {
      const rows = await repo.invitationsOfHelper(caller.accountId, status, limit, decodeCursor(cursor));
      const requestRows = await repo.findMany(rows.map((r) => r.request_id));
      const page = toPage(
        rows,
        limit,
        (r) => ({ sort: r.created_at, id: r.id }),
        (r) => r,
      );
      return {
        items: page.items.flatMap((r) => {
          const request = requestRows.find((q) => q.id === r.request_id);
          return request ? [presentInvitation(r, request, caller)] : [];
        }),
        nextCursor: page.nextCursor,
      };
    },
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
