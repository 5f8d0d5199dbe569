import { describe, expect, test } from 'vitest';
import { changedPastDates, nextScheduleDate, phaseAt, startPhaseNow, type RoundSchedule } from './round-phase.ts';

const schedule: RoundSchedule = {
  proposals_open_at: '2026-03-01T00:00:00.000Z',
  review_open_at: '2026-03-10T00:00:00.000Z',
  voting_open_at: '2026-03-20T00:00:00.000Z',
  voting_close_at: '2026-03-30T00:00:00.000Z',
};

describe('phaseAt', () => {
  test.each([
    ['2026-02-28T23:59:59.999Z', 'upcoming'],
    ['2026-03-01T00:00:00.000Z', 'proposals'],
    ['2026-03-09T12:00:00.000Z', 'proposals'],
    ['2026-03-10T00:00:00.000Z', 'review'],
    ['2026-03-20T00:00:00.000Z', 'voting'],
    ['2026-03-29T23:59:59.999Z', 'voting'],
    ['2026-03-30T00:00:00.000Z', 'results'],
  ])('at %s the round is in %s', (at, phase) => {
    expect(phaseAt(schedule, new Date(at))).toBe(phase);
  });
});

test('nextScheduleDate: the first date on any round after now, the moment its phase changes; null when all have passed', () => {
  const presented = (from: RoundSchedule) => ({
    schedule: {
      proposalsOpenAt: from.proposals_open_at,
      reviewOpenAt: from.review_open_at,
      votingOpenAt: from.voting_open_at,
      votingCloseAt: from.voting_close_at,
    },
  });
  const later = presented({ ...schedule, review_open_at: '2026-03-12T00:00:00.000Z' });
  const rounds = [presented(schedule), later];
  expect(nextScheduleDate(rounds, new Date('2026-03-05T00:00:00.000Z'))?.toISOString()).toBe(schedule.review_open_at);
  // A date that is exactly now has already changed the phase (phaseAt counts from the date on).
  expect(nextScheduleDate(rounds, new Date(schedule.review_open_at))?.toISOString()).toBe('2026-03-12T00:00:00.000Z');
  expect(nextScheduleDate(rounds, new Date(schedule.voting_close_at))).toBeNull();
  expect(nextScheduleDate([], new Date())).toBeNull();
});

describe('startPhaseNow', () => {
  const now = new Date('2026-03-05T12:00:00.000Z');
  test('only the next phase starts; the dates after it stay in order', () => {
    expect(startPhaseNow(schedule, 'voting', now)).toBeNull();
    expect(startPhaseNow(schedule, 'proposals', now)).toBeNull();
    expect(startPhaseNow(schedule, 'review', now)).toEqual({ ...schedule, review_open_at: now.toISOString() });
  });

  test('opening the vote early keeps the planned close; closing it ends voting now', () => {
    const inReview = { ...schedule, review_open_at: '2026-03-04T00:00:00.000Z' };
    expect(startPhaseNow(inReview, 'voting', now)).toMatchObject({
      voting_open_at: now.toISOString(),
      voting_close_at: schedule.voting_close_at,
    });
    const voting = {
      ...schedule,
      review_open_at: '2026-03-02T00:00:00.000Z',
      voting_open_at: '2026-03-03T00:00:00.000Z',
    };
    const closed = startPhaseNow(voting, 'results', now);
    expect(closed?.voting_close_at).toBe(now.toISOString());
    expect(phaseAt(closed!, now)).toBe('results');
  });

  test('a round whose dates all lie ahead can open its proposals now; later dates move along when needed', () => {
    const early = new Date('2026-02-01T00:00:00.000Z');
    expect(startPhaseNow(schedule, 'proposals', early)).toEqual({
      ...schedule,
      proposals_open_at: early.toISOString(),
    });
    const tight = {
      ...schedule,
      proposals_open_at: '2026-03-06T00:00:00.000Z',
      review_open_at: '2026-03-06T00:00:00.000Z',
      voting_open_at: '2026-03-06T00:00:00.000Z',
      voting_close_at: '2026-03-06T00:00:01.000Z',
    };
    expect(phaseAt(tight, now)).toBe('upcoming');
    expect(startPhaseNow(tight, 'proposals', now)?.proposals_open_at).toBe(now.toISOString());
  });
});

test('changedPastDates names the dates that passed or would move into the past', () => {
  const now = new Date('2026-03-12T00:00:00.000Z');
  expect(changedPastDates(schedule, { ...schedule, voting_close_at: '2026-04-02T00:00:00.000Z' }, now)).toEqual([]);
  expect(changedPastDates(schedule, { ...schedule, review_open_at: '2026-03-11T00:00:00.000Z' }, now)).toEqual([
    'review_open_at',
  ]);
  expect(changedPastDates(schedule, { ...schedule, voting_open_at: '2026-03-11T00:00:00.000Z' }, now)).toEqual([
    'voting_open_at',
  ]);
});
