import type { HelpKind, Slot } from '../../../../contracts/help.ts';
import { overlapShare } from './availability.ts';

/**
 * Matching is pure: the service gathers the facts, these functions rank and explain.
 * Every point a helper gets comes with a reason that the requester and the helper can read.
 */
export interface MatchRequest {
  kind: HelpKind;
  areaId: string;
  /** Neighbourhoods next to the request's neighbourhood. */
  nearbyAreaIds: readonly string[];
  slots: readonly Slot[];
  vulnerable: boolean;
  /** Accounts on the asking side (requester, contact professional): never proposed to themselves. */
  askingAccountIds: readonly string[];
  /** Calendar date of the help (once) or today (recurring): the VOG must be valid then. */
  neededOn: string;
}

export interface Candidate {
  helperId: string;
  offerId: string;
  kinds: readonly HelpKind[];
  areaIds: readonly string[];
  availability: readonly Slot[];
  maxPerWeek: number;
  /** Accepted, unfinished commitments plus exchanges closed in the last 7 days. */
  currentLoad: number;
  /** Earlier exchanges with this same person, and how many of those really helped. */
  history: { exchanges: number; solved: number; notHelped: number };
  /** Exchanges of this kind the helper completed before. */
  experienceInKind: number;
  verifiedAreaIds: readonly string[];
  vog: { status: 'valid' | 'revoked'; expiresOn: string } | null;
  /** Either side blocked the other. */
  blocked: boolean;
  /** Already invited for this request and declined. */
  declined: boolean;
}

export interface Reason {
  code: string;
  points: number;
  text: string;
  /** The numbers in the text, so the web app can say it in the reader's language. */
  values?: Record<string, number>;
}

export type Assessment =
  | { eligible: true; helperId: string; offerId: string; score: number; reasons: Reason[] }
  | { eligible: false; helperId: string; offerId: string; exclusion: Reason };

export const WEIGHTS = {
  sameArea: 40,
  nearbyArea: 20,
  kind: 30,
  experiencePerExchange: 2,
  experienceMax: 10,
  availabilityFull: 20,
  availabilityFlexible: 10,
  loadFree: 15,
  historySolved: 10,
  historyNotHelped: -10,
} as const;

const exclude = (candidate: Candidate, code: string, text: string): Assessment => ({
  eligible: false,
  helperId: candidate.helperId,
  offerId: candidate.offerId,
  exclusion: { code, points: 0, text },
});

function exclusionOf(request: MatchRequest, candidate: Candidate): Assessment | null {
  if (request.askingAccountIds.includes(candidate.helperId))
    return exclude(candidate, 'self', 'Is on the asking side of this request.');
  if (candidate.blocked) return exclude(candidate, 'blocked', 'One of the two has blocked the other.');
  if (candidate.declined) return exclude(candidate, 'declined', 'Already declined this request.');
  if (!candidate.kinds.includes(request.kind))
    return exclude(candidate, 'kind-not-offered', 'Does not offer this kind of help.');
  const inArea = candidate.areaIds.includes(request.areaId);
  if (!inArea && !candidate.areaIds.some((id) => request.nearbyAreaIds.includes(id))) {
    return exclude(candidate, 'area-not-offered', 'Does not help in or near this neighbourhood.');
  }
  if (candidate.currentLoad >= candidate.maxPerWeek) {
    return exclude(
      candidate,
      'at-capacity',
      `Already helps ${candidate.currentLoad} time(s) this week, the most they offered.`,
    );
  }
  if (request.vulnerable) {
    if (!candidate.verifiedAreaIds.includes(request.areaId)) {
      return exclude(
        candidate,
        'not-verified',
        'Not verified as a resident of this neighbourhood, which help for a vulnerable person requires.',
      );
    }
    if (!candidate.vog || candidate.vog.status !== 'valid') {
      return exclude(
        candidate,
        'no-vog',
        'Has no valid certificate of conduct (VOG), which help for a vulnerable person requires.',
      );
    }
    if (candidate.vog.expiresOn < request.neededOn) {
      return exclude(
        candidate,
        'vog-expired',
        `The certificate of conduct (VOG) expired on ${candidate.vog.expiresOn}.`,
      );
    }
  }
  return null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function assessCandidate(request: MatchRequest, candidate: Candidate): Assessment {
  const excluded = exclusionOf(request, candidate);
  if (excluded) return excluded;
  const reasons: Reason[] = [];

  if (candidate.areaIds.includes(request.areaId)) {
    reasons.push({ code: 'same-area', points: WEIGHTS.sameArea, text: 'Helps in this neighbourhood.' });
  } else {
    reasons.push({ code: 'nearby-area', points: WEIGHTS.nearbyArea, text: 'Helps in a neighbouring neighbourhood.' });
  }

  reasons.push({ code: 'kind', points: WEIGHTS.kind, text: 'Offers this kind of help.' });
  if (candidate.experienceInKind > 0) {
    const points = Math.min(WEIGHTS.experienceMax, candidate.experienceInKind * WEIGHTS.experiencePerExchange);
    reasons.push({
      code: 'experience',
      points,
      text: `Has done this kind of help ${plural(candidate.experienceInKind, 'time', 'times')} before.`,
      values: { count: candidate.experienceInKind },
    });
  }

  const share = overlapShare(request.slots, candidate.availability);
  if (share === null) {
    reasons.push({ code: 'availability-flexible', points: WEIGHTS.availabilityFlexible, text: 'Time by arrangement.' });
  } else if (share === 0) {
    reasons.push({ code: 'availability-none', points: 0, text: 'Not usually available at the requested time.' });
  } else {
    const points = Math.round(WEIGHTS.availabilityFull * share);
    const text =
      share === 1
        ? 'Available at the requested time.'
        : `Available for ${Math.round(share * 100)}% of the requested time.`;
    reasons.push({
      code: share === 1 ? 'availability-full' : 'availability-partial',
      points,
      text,
      values: { percent: Math.round(share * 100) },
    });
  }

  const spare = candidate.maxPerWeek - candidate.currentLoad;
  const loadPoints = Math.round((WEIGHTS.loadFree * spare) / candidate.maxPerWeek);
  reasons.push(
    candidate.currentLoad === 0
      ? { code: 'load-free', points: loadPoints, text: 'Is not helping anyone else this week.' }
      : {
          code: 'load-some',
          points: loadPoints,
          text: `Already helps ${candidate.currentLoad} of at most ${candidate.maxPerWeek} time(s) this week; spreading the load.`,
          values: { load: candidate.currentLoad, max: candidate.maxPerWeek },
        },
  );

  const { history } = candidate;
  if (history.solved > 0) {
    reasons.push({
      code: 'history-solved',
      points: WEIGHTS.historySolved,
      text: `Helped this person before (${plural(history.solved, 'time', 'times')}).`,
      values: { count: history.solved },
    });
  }
  if (history.notHelped > history.solved) {
    reasons.push({
      code: 'history-not-helped',
      points: WEIGHTS.historyNotHelped,
      text: 'An earlier exchange with this person did not help.',
    });
  }

  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { eligible: true, helperId: candidate.helperId, offerId: candidate.offerId, score, reasons };
}

export type Proposal = Extract<Assessment, { eligible: true }>;

/**
 * Ranks eligible helpers: highest score first, then the least busy, then by id so the order is
 * stable. A helper with several offers appears once, with their best offer.
 */
export function rankCandidates(request: MatchRequest, candidates: readonly Candidate[], limit = 10): Proposal[] {
  const loadOf = new Map(candidates.map((c) => [c.helperId, c.currentLoad]));
  const best = new Map<string, Proposal>();
  for (const candidate of candidates) {
    const assessment = assessCandidate(request, candidate);
    if (!assessment.eligible) continue;
    const current = best.get(candidate.helperId);
    if (!current || assessment.score > current.score) best.set(candidate.helperId, assessment);
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        (loadOf.get(a.helperId) ?? 0) - (loadOf.get(b.helperId) ?? 0) ||
        a.helperId.localeCompare(b.helperId),
    )
    .slice(0, limit);
}

/** Why helpers were left out, counted per reason; blocks and the asking side are not told. */
export function exclusionCounts(
  request: MatchRequest,
  candidates: readonly Candidate[],
): Array<{ code: string; count: number }> {
  const proposed = new Set(rankCandidates(request, candidates, candidates.length).map((p) => p.helperId));
  const byHelper = new Map<string, string>();
  for (const candidate of candidates) {
    if (proposed.has(candidate.helperId)) continue;
    const assessment = assessCandidate(request, candidate);
    if (!assessment.eligible && !byHelper.has(candidate.helperId))
      byHelper.set(candidate.helperId, assessment.exclusion.code);
  }
  const counts = new Map<string, number>();
  for (const code of byHelper.values()) {
    if (code === 'blocked' || code === 'self') continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => ({ code, count }));
}
