import * as F from './fraction.ts';
import { costOf, idOf } from './election.ts';
import type { PreparedElection } from './election.ts';

export const TIE_BREAK_RULES = ['min-cost', 'max-cost', 'max-votes', 'min-votes', 'file-order', 'id-order'] as const;

export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];

export interface TieBreakDecision {
  readonly chosen: number;
  /** The rules that removed at least one tied project, in the order applied. */
  readonly rulesUsed: readonly TieBreakRule[];
}

export function isTieBreakRule(text: string): text is TieBreakRule {
  return (TIE_BREAK_RULES as readonly string[]).includes(text);
}

/** Parses `min-cost,max-votes`; the equalshares.net spellings `minCost`, `maxVotes`, … are accepted too. */
export function parseTieBreakRules(text: string): TieBreakRule[] {
  const rules: TieBreakRule[] = [];
  for (const part of text.split(',')) {
    const name = part
      .trim()
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase();
    if (name === '') continue;
    if (!isTieBreakRule(name)) {
      throw new Error(`unknown tie-break rule "${part.trim()}" (known: ${TIE_BREAK_RULES.join(', ')})`);
    }
    if (!rules.includes(name)) rules.push(name);
  }
  return rules;
}

/**
 * Picks one of the tied projects by the rules in order. Project order in the file is
 * the last resort, so a count never stops on a tie.
 */
export function breakTie(
  election: PreparedElection,
  tied: readonly number[],
  rules: readonly TieBreakRule[],
): TieBreakDecision {
  let remaining = [...tied];
  const rulesUsed: TieBreakRule[] = [];
  const lastResort: TieBreakRule[] = rules.includes('file-order') || rules.includes('id-order') ? [] : ['file-order'];
  for (const rule of [...rules, ...lastResort]) {
    if (remaining.length <= 1) break;
    const kept = keepBest(election, remaining, rule);
    if (kept.length < remaining.length) rulesUsed.push(rule);
    remaining = kept;
  }
  const chosen = remaining[0];
  if (chosen === undefined) throw new Error('breakTie needs at least one project');
  return { chosen, rulesUsed };
}

function keepBest(election: PreparedElection, tied: readonly number[], rule: TieBreakRule): number[] {
  const score = scorer(election, rule);
  let best: number[] = [];
  for (const project of tied) {
    const head = best[0];
    const order = head === undefined ? -1 : score(project, head);
    if (order < 0) best = [project];
    else if (order === 0) best.push(project);
  }
  return best;
}

/** Negative when `a` wins the tie against `b`. */
function scorer(election: PreparedElection, rule: TieBreakRule): (a: number, b: number) => number {
  const votes = (index: number): number => election.votes[index] ?? 0;
  switch (rule) {
    case 'min-cost':
      return (a, b) => F.compare(costOf(election, a), costOf(election, b));
    case 'max-cost':
      return (a, b) => F.compare(costOf(election, b), costOf(election, a));
    case 'max-votes':
      return (a, b) => votes(b) - votes(a);
    case 'min-votes':
      return (a, b) => votes(a) - votes(b);
    case 'file-order':
      return (a, b) => a - b;
    case 'id-order':
      return (a, b) => compareIds(idOf(election, a), idOf(election, b));
  }
}

/** Numeric ids compare as numbers (2 before 11), anything else by code points. */
export function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) {
    const diff = BigInt(a) - BigInt(b);
    if (diff !== 0n) return diff < 0n ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
