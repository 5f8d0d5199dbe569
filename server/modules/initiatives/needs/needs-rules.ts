import type { InvalidParam } from '../../../../contracts/common.ts';
import type { CreateNeed, CreatePledge, NeedKind } from '../../../../contracts/initiatives-needs.ts';

export type NeedUnit = 'people' | 'items' | 'cents' | 'offer';

export function unitOf(kind: NeedKind): NeedUnit {
  switch (kind) {
    case 'volunteers':
    case 'expertise':
      return 'people';
    case 'materials':
      return 'items';
    case 'money':
      return 'cents';
    case 'space':
    case 'permit':
      return 'offer';
  }
}

/** What a new need asks for, in its own unit (space and a permit: one offer fills it). */
export function quantityNeeded(need: CreateNeed): number {
  switch (need.kind) {
    case 'volunteers':
    case 'expertise':
      return need.people;
    case 'materials':
      return need.items;
    case 'money':
      return need.amountCents;
    case 'space':
    case 'permit':
      return 1;
  }
}

export type PledgeAmount =
  { ok: true; quantity: number; hours: number | null } | { ok: false; invalid: InvalidParam[] };

/** Which pledge fields fit which kind of need; the rest is refused by name. */
export function pledgeAmount(kind: NeedKind, body: CreatePledge): PledgeAmount {
  const invalid: InvalidParam[] = [];
  const refuse = (field: keyof CreatePledge, reason: string) => invalid.push({ name: `body.${field}`, reason });
  const unit = unitOf(kind);
  if (unit === 'cents') {
    if (body.amountCents === undefined) refuse('amountCents', 'A money need takes an amount in cents');
    if (body.quantity !== undefined) refuse('quantity', 'Use amountCents for money');
  } else if (body.amountCents !== undefined) {
    refuse('amountCents', `Only money needs take an amount; this need asks for ${unit}`);
  }
  if (kind === 'volunteers' && body.hours === undefined) refuse('hours', 'Say how many hours you can give');
  if (unit !== 'people' && body.hours !== undefined) refuse('hours', 'Only volunteer and expertise needs take hours');
  if (unit === 'offer' && body.quantity !== undefined && body.quantity !== 1)
    refuse('quantity', 'One offer fills this need');
  if (invalid.length > 0) return { ok: false, invalid };
  const quantity = unit === 'cents' ? (body.amountCents ?? 0) : (body.quantity ?? 1);
  return { ok: true, quantity, hours: body.hours ?? null };
}

export interface Coverage {
  remaining: number;
  coverage: number;
  open: boolean;
}

export function coverageOf(need: {
  quantity_needed: number;
  quantity_pledged: number;
  closed_at: string | null;
}): Coverage {
  const remaining = Math.max(0, need.quantity_needed - need.quantity_pledged);
  const coverage = need.quantity_needed === 0 ? 1 : Math.min(1, need.quantity_pledged / need.quantity_needed);
  return { remaining, coverage: Math.round(coverage * 1000) / 1000, open: need.closed_at === null && remaining > 0 };
}

/** The hours a pledge stands for in the activity log: hours per person times people. */
export function pledgedHours(pledge: { quantity: number; hours: number | null }): number | null {
  return pledge.hours === null ? null : pledge.hours * pledge.quantity;
}
