import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS } from './advice.ts';
import { lastsUntil, step, type AdviceState } from './hysteresis.ts';

// Slow leadership at its boundaries: four weeks (calendar weeks in Amsterdam) by default.
const H = DEFAULT_THRESHOLDS.hysteresis;
const START = new Date('2026-03-02T09:00:00.000Z');
const days = (n: number) => new Date(START.getTime() + n * 86_400_000);
const state = (
  layer: AdviceState['layer'],
  pendingLayer: AdviceState['pendingLayer'] = null,
  since: Date | null = null,
) => ({
  layer,
  pendingLayer,
  pendingSince: since,
});

describe('slow leadership', () => {
  test('the first advice is the raw layer', () => {
    expect(step(null, 'compel', START, false, H)).toEqual({ ...state('compel'), change: 'initial' });
  });

  test('a signal up starts a pending change; the advice stays', () => {
    expect(step(state('facilitate'), 'compel', START, false, H)).toEqual({
      ...state('facilitate', 'frameworks', START),
      change: 'signal',
    });
  });

  test.each([
    ['a day short of four weeks', 27, 'facilitate', 'none'],
    ['exactly four weeks', 28, 'frameworks', 'up'],
    ['five weeks', 35, 'frameworks', 'up'],
  ] as const)('the signal has lasted %s → %s', (_name, after, layer, change) => {
    const result = step(state('facilitate', 'frameworks', START), 'frameworks', days(after), false, H);
    expect([result.layer, result.change]).toEqual([layer, change]);
  });

  test('exactly four calendar weeks moves; a millisecond less does not (START is 10:00 in winter, the end 10:00 in summer)', () => {
    const exactly = step(state('facilitate', 'frameworks', START), 'frameworks', lastsUntil(START, 4), false, H);
    expect([exactly.layer, exactly.change]).toEqual(['frameworks', 'up']);
    const result = step(
      state('facilitate', 'frameworks', START),
      'frameworks',
      new Date(lastsUntil(START, 4).getTime() - 1),
      false,
      H,
    );
    expect([result.layer, result.change]).toEqual(['facilitate', 'none']);
  });

  test('one bad week never triggers compel: it clears when the signal goes away', () => {
    const signalled = step(state('frameworks'), 'compel', START, false, H);
    expect(signalled.pendingLayer).toBe('compel');
    const cleared = step(signalled, 'frameworks', days(7), false, H);
    expect(cleared).toEqual({ ...state('frameworks'), change: 'signal_cleared' });
    // And a new signal starts counting again from zero.
    const again = step(cleared, 'compel', days(8), false, H);
    expect(again.pendingSince).toEqual(days(8));
    expect(step(again, 'compel', days(8 + 27), false, H).layer).toBe('frameworks');
    expect(step(again, 'compel', days(8 + 28), false, H).layer).toBe('compel');
  });

  test('never skips a layer: take over is two more signal periods away from frameworks', () => {
    let current = step(state('frameworks'), 'take_over', START, false, H);
    expect(current.pendingLayer).toBe('compel');
    current = step(current, 'take_over', days(28), false, H);
    expect([current.layer, current.pendingLayer, current.pendingSince]).toEqual(['compel', 'take_over', days(28)]);
    current = step(current, 'take_over', days(55), false, H);
    expect(current.layer).toBe('compel');
    current = step(current, 'take_over', days(56), false, H);
    expect([current.layer, current.pendingLayer]).toEqual(['take_over', null]);
  });

  test('a critical-risk incident moves at once, skipping layers', () => {
    expect(step(state('facilitate'), 'take_over', START, true, H)).toEqual({ ...state('take_over'), change: 'up' });
  });

  test('urgency never moves the advice down faster', () => {
    const result = step(state('take_over'), 'facilitate', START, true, H);
    expect([result.layer, result.pendingLayer]).toEqual(['take_over', 'compel']);
  });

  test('a recovery moves down one layer after the down period, then the next', () => {
    let current = step(state('compel'), 'facilitate', START, false, H);
    expect([current.layer, current.pendingLayer, current.change]).toEqual(['compel', 'frameworks', 'signal']);
    current = step(current, 'facilitate', days(27), false, H);
    expect(current.layer).toBe('compel');
    current = step(current, 'facilitate', days(28), false, H);
    expect([current.layer, current.pendingLayer, current.change]).toEqual(['frameworks', 'facilitate', 'down']);
    current = step(current, 'facilitate', days(56), false, H);
    expect([current.layer, current.pendingLayer]).toEqual(['facilitate', null]);
  });

  test('a signal that turns around starts over in the other direction', () => {
    const up = step(state('frameworks'), 'compel', START, false, H);
    const down = step(up, 'facilitate', days(20), false, H);
    expect([down.layer, down.pendingLayer, down.pendingSince, down.change]).toEqual([
      'frameworks',
      'facilitate',
      days(20),
      'signal',
    ]);
  });

  test('zero weeks follows the rule at once, still one layer at a time', () => {
    const result = step(state('facilitate'), 'take_over', START, false, { upWeeks: 0, downWeeks: 0 });
    expect([result.layer, result.pendingLayer]).toEqual(['frameworks', 'compel']);
  });

  test('four weeks are four calendar weeks, also across the change to summer time', () => {
    const beforeDst = new Date('2026-03-20T09:00:00.000Z'); // 10:00 in Amsterdam (winter time)
    expect(lastsUntil(beforeDst, 4).toISOString()).toBe('2026-04-17T08:00:00.000Z'); // 10:00 summer time
  });
});
