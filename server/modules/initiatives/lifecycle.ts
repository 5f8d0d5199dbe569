import type { InitiativeStatus } from '../../../contracts/initiatives.ts';

/**
 * idea → active → sustained; any of them → stopped (with a reason). A sustained initiative can
 * become active again (a new season), and a stopped one can be restarted.
 */
const TRANSITIONS: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  idea: ['active', 'stopped'],
  active: ['sustained', 'stopped'],
  sustained: ['active', 'stopped'],
  stopped: ['active'],
};

export type TransitionCheck = { ok: true } | { ok: false; field: 'status' | 'reason'; reason: string };

export function checkTransition(
  from: InitiativeStatus,
  to: InitiativeStatus,
  reason: string | undefined,
): TransitionCheck {
  if (from === to) return { ok: false, field: 'status', reason: `The initiative is already ${to}` };
  if (!TRANSITIONS[from].includes(to)) {
    return { ok: false, field: 'status', reason: `From ${from} it can only become ${TRANSITIONS[from].join(' or ')}` };
  }
  if (to === 'stopped' && !reason) return { ok: false, field: 'reason', reason: 'Say why the initiative stops' };
  return { ok: true };
}

export function nextStatuses(from: InitiativeStatus): readonly InitiativeStatus[] {
  return TRANSITIONS[from];
}

/** The activity-log verb for a status change: one verb per outcome, cheap to count. */
export function statusVerb(from: InitiativeStatus, to: InitiativeStatus): string {
  if (to === 'stopped') return 'initiative.stopped';
  if (from === 'stopped') return 'initiative.restarted';
  if (to === 'sustained') return 'initiative.sustained';
  return 'initiative.activated';
}
