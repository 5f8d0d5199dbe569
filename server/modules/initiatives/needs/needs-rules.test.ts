import { describe, expect, test } from 'vitest';
import { coverageOf, pledgeAmount, pledgedHours, quantityNeeded } from './needs-rules.ts';

describe('needs and pledges', () => {
  test.each([
    [{ kind: 'volunteers', title: 't', description: '', people: 6, startsAt: '2030-01-01T10:00:00Z' }, 6],
    [{ kind: 'materials', title: 't', description: '', items: 20 }, 20],
    [{ kind: 'money', title: 't', description: '', amountCents: 25_000 }, 25_000],
    [{ kind: 'space', title: 't', description: '' }, 1],
    [{ kind: 'permit', title: 't', description: '' }, 1],
    [{ kind: 'expertise', title: 't', description: '', people: 2 }, 2],
  ] as const)('%o needs %i', (need, quantity) => {
    expect(quantityNeeded(need)).toBe(quantity);
  });

  test.each([
    ['volunteers', { hours: 3 }, { ok: true, quantity: 1, hours: 3 }],
    ['volunteers', { hours: 2, quantity: 3 }, { ok: true, quantity: 3, hours: 2 }],
    ['materials', { quantity: 5 }, { ok: true, quantity: 5, hours: null }],
    ['money', { amountCents: 1500 }, { ok: true, quantity: 1500, hours: null }],
    ['space', {}, { ok: true, quantity: 1, hours: null }],
    ['expertise', {}, { ok: true, quantity: 1, hours: null }],
  ] as const)('%s with %o is accepted', (kind, body, expected) => {
    expect(pledgeAmount(kind, body)).toEqual(expected);
  });

  test.each([
    ['volunteers', {}, ['body.hours']],
    ['volunteers', { hours: 2, amountCents: 100 }, ['body.amountCents']],
    ['money', { quantity: 2 }, ['body.amountCents', 'body.quantity']],
    ['materials', { hours: 1 }, ['body.hours']],
    ['permit', { quantity: 2 }, ['body.quantity']],
  ] as const)('%s with %o names %o', (kind, body, fields) => {
    const result = pledgeAmount(kind, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.invalid.map((p) => p.name)).toEqual(fields);
  });

  test('coverage is the pledged share; a closed or full need is not open', () => {
    expect(coverageOf({ quantity_needed: 3, quantity_pledged: 1, closed_at: null })).toEqual({
      remaining: 2,
      coverage: 0.333,
      open: true,
    });
    expect(coverageOf({ quantity_needed: 3, quantity_pledged: 3, closed_at: null })).toEqual({
      remaining: 0,
      coverage: 1,
      open: false,
    });
    expect(coverageOf({ quantity_needed: 3, quantity_pledged: 0, closed_at: '2026-01-01T00:00:00Z' }).open).toBe(false);
  });

  test('pledged hours count every person', () => {
    expect(pledgedHours({ quantity: 3, hours: 2 })).toBe(6);
    expect(pledgedHours({ quantity: 1, hours: null })).toBeNull();
  });
});
