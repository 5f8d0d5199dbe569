import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { ACTIVITY_VERBS, type ActivityVerb } from '../activity/activity-verbs.ts';
import type { LogEvent } from '../activity/activity.port.ts';
import { foldDay, RUNNING_MEASURES, type DayFacts } from './fold.ts';

const DAY = '2026-03-02';

/** A resident of N1 acting in N1 on an initiative, unless told otherwise. */
function event(verb: string, fields: Partial<LogEvent> = {}): LogEvent {
  return {
    verb,
    actorId: 'a',
    actorKind: 'resident',
    actorAreaId: 'N1',
    counterpartId: null,
    organisationId: null,
    subjectType: 'initiative',
    subjectId: 'I1',
    areaId: 'N1',
    hours: null,
    occurredAt: `${DAY}T10:00:00.000Z`,
    ...fields,
  };
}

const owners: Record<string, string> = {
  'activity:A1': 'I1',
  'need:N-1': 'I1',
  'pledge:P1': 'I2',
  'update:U1': 'I3',
};
const initiativeOf = (type: string, id: string) => owners[`${type}:${id}`];
const fold = (events: LogEvent[]) => foldDay(DAY, events, initiativeOf);

const flags = (facts: DayFacts, areaId: string, residentId: string) => {
  const row = facts.residents.find((r) => r.area_id === areaId && r.resident_id === residentId);
  return row && { gives: row.gives, receives: row.receives, organises: row.organises, votes: row.votes };
};
const linkIds = (facts: DayFacts) => facts.links.map((l) => `${l.from_node}>${l.to_node}`).sort();
const countOf = (facts: DayFacts, areaId: string, measure: string) =>
  facts.counts.find((c) => c.area_id === areaId && c.measure === measure)?.value;

describe('who becomes a resident fact', () => {
  test.each<[string, LogEvent]>([
    ['staff', event('initiative.responded', { actorKind: 'staff', actorId: 's1' })],
    [
      'staff acting for a resident',
      event('help.requested', { actorKind: 'staff', actorId: 's1', subjectType: 'help_request' }),
    ],
    ['the system', event('initiative.threshold-reached', { actorKind: 'system', actorId: null })],
    ['an organisation', event('pledge.made', { actorKind: 'organisation', actorId: 'u9', organisationId: 'O1' })],
    ['a resident without a home neighbourhood', event('initiative.joined', { actorAreaId: null })],
    ['a resident without an id', event('initiative.joined', { actorId: null })],
    ['being verified (a status, not activity)', event('resident.verified', { subjectType: 'account', subjectId: 'a' })],
  ])('not %s', (_name, e) => {
    const facts = fold([e]);
    expect(facts.residents).toEqual([]);
    expect(facts.links.filter((l) => l.from_node.startsWith('r:'))).toEqual([]);
  });

  test.each<[ActivityVerb, { gives: number; receives: number; organises: number; votes: number }]>([
    ['activity.signed-up', { gives: 1, receives: 0, organises: 0, votes: 0 }],
    ['help.requested', { gives: 0, receives: 1, organises: 0, votes: 0 }],
    ['initiative.joined', { gives: 0, receives: 0, organises: 1, votes: 0 }],
    ['ballot.cast', { gives: 0, receives: 0, organises: 0, votes: 1 }],
    // Active, so counted in participation, but none of the four kinds.
    ['initiative.supported', { gives: 0, receives: 0, organises: 0, votes: 0 }],
    ['proposal.submitted', { gives: 0, receives: 0, organises: 0, votes: 0 }],
  ])('a resident’s %s', (verb, expected) => {
    const facts = fold([event(verb)]);
    expect(facts.residents).toEqual([{ day: DAY, area_id: 'N1', resident_id: 'a', ...expected }]);
  });

  test('one row per resident and home, with every kind they did that day', () => {
    const facts = fold([
      event('help.requested'),
      event('hours.gifted'),
      event('initiative.joined'),
      event('help.offered'),
    ]);
    expect(facts.residents).toEqual([
      { day: DAY, area_id: 'N1', resident_id: 'a', gives: 1, receives: 1, organises: 1, votes: 0 },
    ]);
  });

  test('a resident is placed in their home neighbourhood, not where the event happened', () => {
    const facts = fold([event('activity.signed-up', { actorAreaId: 'N2', areaId: 'N1' })]);
    expect(facts.residents.map((r) => r.area_id)).toEqual(['N2']);
  });
});

describe('who benefits receives', () => {
  test('the counterpart receives, in the area where it happened', () => {
    const facts = fold([
      event('hours.booked', {
        counterpartId: 'b',
        subjectType: 'timebank_transaction',
        subjectId: 'T1',
        areaId: 'N2',
        hours: 1.5,
      }),
    ]);
    expect(flags(facts, 'N1', 'a')).toEqual({ gives: 1, receives: 0, organises: 0, votes: 0 });
    expect(flags(facts, 'N2', 'b')).toEqual({ gives: 0, receives: 1, organises: 0, votes: 0 });
    expect(facts.links).toEqual([{ day: DAY, area_id: 'N1', from_node: 'r:a', to_node: 'r:b', to_area_id: 'N2' }]);
  });

  test('also when staff acted for someone', () => {
    const facts = fold([
      event('help.requested', { actorKind: 'staff', actorId: 's1', counterpartId: 'b', subjectType: 'help_request' }),
    ]);
    expect(facts.residents.map((r) => r.resident_id)).toEqual(['b']);
    expect(flags(facts, 'N1', 'b')).toMatchObject({ receives: 1 });
  });

  test.each<[string, Partial<LogEvent>, string[]]>([
    ['oneself', { counterpartId: 'a' }, []],
    ['nobody', { counterpartId: null }, []],
    // A gift between residents has no area: the tie is made, but where the receiver lives is unknown.
    ['in no area', { counterpartId: 'b', areaId: null }, ['r:a>r:b']],
  ])('no receiving when the counterpart is %s', (_name, fields, links) => {
    const facts = fold([event('hours.gifted', { subjectType: 'timebank_transaction', ...fields })]);
    expect(facts.residents.filter((r) => r.resident_id !== 'a')).toEqual([]);
    expect(flags(facts, 'N1', 'a')).toMatchObject({ receives: 0 });
    expect(linkIds(facts)).toEqual(links);
  });
});

describe('counts', () => {
  test('running measures: initiatives created, stopped and restarted; members joined and left', () => {
    expect(RUNNING_MEASURES).toEqual(['initiatives_living', 'members']);
    const facts = fold([
      event('initiative.created', { subjectId: 'I1' }),
      event('initiative.created', { subjectId: 'I2' }),
      event('initiative.stopped', { subjectId: 'I1' }),
      event('initiative.restarted', { subjectId: 'I1' }),
      event('initiative.stopped', { subjectId: 'I3', areaId: 'N2' }),
      event('initiative.joined', { actorId: 'a' }),
      event('initiative.joined', { actorId: 'b' }),
      event('initiative.left', { actorId: 'a' }),
      event('initiative.left', { actorId: 'c', areaId: 'N2' }),
    ]);
    expect(countOf(facts, 'N1', 'initiatives_living')).toBe(2);
    expect(countOf(facts, 'N2', 'initiatives_living')).toBe(-1);
    expect(countOf(facts, 'N1', 'members')).toBe(1);
    expect(countOf(facts, 'N2', 'members')).toBe(-1);
  });

  test('pledges made and kept are milestones of each pledge, not day counts', () => {
    const facts = fold([
      event('pledge.made', { subjectType: 'pledge', subjectId: 'P1' }),
      event('pledge.made', { subjectType: 'pledge', subjectId: 'P2' }),
      event('pledge.delivered', { subjectType: 'pledge', subjectId: 'P1' }),
      event('pledge.withdrawn', { subjectType: 'pledge', subjectId: 'P2' }),
    ]);
    expect(facts.counts).toEqual([]);
    expect(facts.milestones.map((m) => `${m.milestone}:${m.subject_id}`).sort()).toEqual([
      'pledge_delivered:P1',
      'pledge_made:P1',
      'pledge_made:P2',
    ]);
  });

  test('minutes booked and bookings, where a booking has an area and hours', () => {
    const booking = (fields: Partial<LogEvent>) =>
      event('hours.booked', { subjectType: 'timebank_transaction', counterpartId: 'b', ...fields });
    const facts = fold([
      booking({ subjectId: 'T1', hours: 1.5 }),
      booking({ subjectId: 'T2', hours: 0.25 }),
      booking({ subjectId: 'T3', hours: 2, areaId: null }),
      booking({ subjectId: 'T4', hours: null }),
      event('hours.gifted', { subjectType: 'timebank_transaction', subjectId: 'T5', hours: 3 }),
    ]);
    // Counted in whole minutes: 1.5 h + 0.25 h = 90 + 15 = 105; no measure in hours any more.
    expect(countOf(facts, 'N1', 'minutes')).toBe(105);
    expect(countOf(facts, 'N1', 'hours')).toBeUndefined();
    expect(countOf(facts, 'N1', 'hours_bookings')).toBe(2);
  });

  test('hours that arrive as minutes / 60 are counted as those whole minutes', () => {
    const booked = (hours: number, subjectId: string) =>
      event('hours.booked', { subjectType: 'timebank_transaction', subjectId, counterpartId: 'b', hours });
    const facts = fold([booked(1 / 3, 'T1'), booked(7 / 60, 'T2')]);
    // 1/3 h is 20 minutes and 7/60 h is 7, though neither is exact as floating point: 27.
    expect(countOf(facts, 'N1', 'minutes')).toBe(27);
    expect(countOf(facts, 'N1', 'hours_bookings')).toBe(2);
  });

  test('an event without an area counts nowhere', () => {
    expect(
      fold([event('initiative.created', { areaId: null }), event('pledge.made', { areaId: null })]).counts,
    ).toEqual([]);
  });

  test('staff and organisations count too: counts are about what happened', () => {
    const facts = fold([
      event('initiative.created', { actorKind: 'staff', actorId: 's1' }),
      event('pledge.made', { actorKind: 'organisation', organisationId: 'O1', subjectType: 'pledge', subjectId: 'P1' }),
    ]);
    expect(countOf(facts, 'N1', 'initiatives_living')).toBe(1);
    expect(facts.milestones.map((m) => m.milestone)).toEqual(['created', 'pledge_made']);
  });
});

describe('milestones', () => {
  test.each<[ActivityVerb, string]>([
    ['help.requested', 'help_requested'],
    ['help.matched', 'help_matched'],
    ['help.solved', 'help_solved'],
    ['initiative.threshold-reached', 'threshold_reached'],
    ['initiative.responded', 'responded'],
    ['initiative.created', 'created'],
    ['initiative.stopped', 'stopped'],
    ['pledge.made', 'pledge_made'],
    ['pledge.delivered', 'pledge_delivered'],
  ])('%s marks %s', (verb, milestone) => {
    expect(fold([event(verb, { subjectId: 'S1' })]).milestones).toEqual([
      { day: DAY, milestone, subject_id: 'S1', area_id: 'N1', occurred_at: `${DAY}T10:00:00.000Z` },
    ]);
  });

  test('the earliest is kept per subject, in whatever order the events come', () => {
    const matched = (subjectId: string, time: string) =>
      event('help.matched', { subjectType: 'help_request', subjectId, occurredAt: `${DAY}T${time}:00.000Z` });
    const events = [matched('H1', '15:00'), matched('H1', '09:00'), matched('H2', '12:00'), matched('H1', '11:00')];
    for (const order of [events, [...events].reverse()]) {
      const facts = fold(order);
      expect(facts.milestones.map((m) => `${m.subject_id}@${m.occurred_at.slice(11, 16)}`).sort()).toEqual([
        'H1@09:00',
        'H2@12:00',
      ]);
    }
  });

  test('verbs that are no milestone mark none', () => {
    expect(fold([event('initiative.joined'), event('help.offered'), event('hours.gifted')]).milestones).toEqual([]);
  });
});

describe('ties', () => {
  test.each<[string, LogEvent, string[]]>([
    ['an initiative itself', event('initiative.joined'), ['r:a>i:I1']],
    [
      'an activity of an initiative',
      event('activity.signed-up', { subjectType: 'activity', subjectId: 'A1' }),
      ['r:a>i:I1'],
    ],
    ['a need of an initiative', event('need.posted', { subjectType: 'need', subjectId: 'N-1' }), ['r:a>i:I1']],
    ['a pledge to an initiative', event('pledge.made', { subjectType: 'pledge', subjectId: 'P1' }), ['r:a>i:I2']],
    ['an update of an initiative', event('update.published', { subjectType: 'update', subjectId: 'U1' }), ['r:a>i:I3']],
    ['an activity nobody owns', event('activity.signed-up', { subjectType: 'activity', subjectId: 'A9' }), []],
    [
      'an organisation',
      event('organisation.member-joined', { subjectType: 'organisation', subjectId: 'O1' }),
      ['r:a>o:O1'],
    ],
    [
      'a help request (not an initiative’s)',
      event('help.offered', { subjectType: 'help_request', subjectId: 'H1' }),
      [],
    ],
    ['the one helped', event('help.matched', { subjectType: 'help_request', counterpartId: 'b' }), ['r:a>r:b']],
    [
      'an initiative and the one helped',
      event('activity.attended', { subjectType: 'activity', subjectId: 'A1', counterpartId: 'b' }),
      ['r:a>i:I1', 'r:a>r:b'],
    ],
  ])('a resident acting on %s', (_name, e, expected) => {
    expect(linkIds(fold([e]))).toEqual(expected);
  });

  test('a tie runs from the resident’s home to the event’s area', () => {
    expect(fold([event('initiative.joined', { actorAreaId: 'N2', areaId: 'N1' })]).links).toEqual([
      { day: DAY, area_id: 'N2', from_node: 'r:a', to_node: 'i:I1', to_area_id: 'N1' },
    ]);
  });

  test('the owner of a subject is asked only for subjects of an initiative', () => {
    const lookup = vi.fn(initiativeOf);
    foldDay(
      DAY,
      [
        event('activity.signed-up', { subjectType: 'activity', subjectId: 'A1' }),
        event('initiative.joined'),
        event('help.offered', { subjectType: 'help_request', subjectId: 'H1' }),
        event('organisation.created', { subjectType: 'organisation', subjectId: 'O1' }),
      ],
      lookup,
    );
    expect(lookup.mock.calls).toEqual([['activity', 'A1']]);
  });

  test.each<ActivityVerb>([
    'initiative.supported',
    'initiative.support-withdrawn',
    'ballot.cast',
    'proposal.submitted',
    'proposal.withdrawn',
  ])('taking part in democracy (%s) makes no tie', (verb) => {
    expect(fold([event(verb, { counterpartId: null })]).links).toEqual([]);
  });

  test('a tie is kept once a day, however often it happened', () => {
    const facts = fold([event('initiative.joined'), event('update.published'), event('activity.planned')]);
    expect(linkIds(facts)).toEqual(['r:a>i:I1']);
  });

  describe('the to-area of a tie reached by several events', () => {
    const helped = (areaId: string | null, subjectId: string) =>
      event(areaId === null ? 'hours.gifted' : 'help.matched', {
        counterpartId: 'b',
        subjectType: areaId === null ? 'timebank_transaction' : 'help_request',
        subjectId,
        areaId,
      });
    test.each<[string, (string | null)[], string | null]>([
      ['a known area wins over none', [null, 'N2'], 'N2'],
      ['of two known areas, the smallest id', ['N2', 'N1'], 'N1'],
      ['of three, with none among them, the smallest id', ['N3', null, 'N2'], 'N2'],
      ['none when no event has one', [null, null], null],
    ])('%s, in either order', (_name, areaIds, toAreaId) => {
      const events = areaIds.map((areaId, i) => helped(areaId, `S${i}`));
      for (const order of [events, [...events].reverse()])
        expect(fold(order).links).toEqual([
          { day: DAY, area_id: 'N1', from_node: 'r:a', to_node: 'r:b', to_area_id: toAreaId },
        ]);
    });
  });

  test('an organisation acting for an initiative, and the municipality responding to one', () => {
    const facts = fold([
      event('pledge.made', {
        actorKind: 'organisation',
        actorId: 'u9',
        organisationId: 'O1',
        subjectType: 'pledge',
        subjectId: 'P1',
      }),
      event('initiative.responded', { actorKind: 'staff', actorId: 's1' }),
      // Staff doing something that is not the government's makes no municipality tie.
      event('initiative.created', { actorKind: 'staff', actorId: 's1', subjectId: 'I4' }),
      // Nor does the system.
      event('initiative.responded', { actorKind: 'system', actorId: null, subjectId: 'I5' }),
    ]);
    expect(facts.links).toEqual([
      { day: DAY, area_id: 'N1', from_node: 'o:O1', to_node: 'i:I2', to_area_id: 'N1' },
      { day: DAY, area_id: 'N1', from_node: 'g:municipality', to_node: 'i:I1', to_area_id: 'N1' },
    ]);
  });
});

describe('unknown verbs', () => {
  test.each(['help.teleported', 'toString', '__proto__', ''])('"%s" is ignored', (verb) => {
    expect(fold([event(verb, { counterpartId: 'b', hours: 2 })])).toEqual({
      residents: [],
      counts: [],
      milestones: [],
      links: [],
    });
  });
});

describe('the order of events', () => {
  const verbs = [...Object.keys(ACTIVITY_VERBS), 'help.teleported'];
  const homes: Record<string, string | null> = { a: 'N1', b: 'N1', c: 'N2', d: 'N3', e: null };
  // Every subject lies in one area, as in the log: an initiative and all that belongs to it.
  const subjects: [string, string, string | null][] = [
    ['initiative', 'I1', 'N1'],
    ['initiative', 'I4', 'N2'],
    ['activity', 'A1', 'N1'],
    ['activity', 'A9', 'N3'],
    ['need', 'N-1', 'N1'],
    ['pledge', 'P1', 'N2'],
    ['update', 'U1', 'D1'],
    ['organisation', 'O1', null],
    ['help_request', 'H1', 'N2'],
    ['help_request', 'H2', 'N3'],
    ['timebank_transaction', 'T1', null],
  ];
  const eventArb = fc
    .record({
      verb: fc.constantFrom(...verbs),
      actor: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      actorKind: fc.constantFrom('resident', 'resident', 'staff', 'organisation', 'system'),
      counterpartId: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
      organisationId: fc.option(fc.constantFrom('O1', 'O2'), { nil: null }),
      subject: fc.constantFrom(...subjects),
      minutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: null }),
      minute: fc.integer({ min: 0, max: 5 }),
    })
    .map((r): LogEvent => ({
      verb: r.verb,
      actorId: r.actorKind === 'system' ? null : r.actor,
      actorKind: r.actorKind as LogEvent['actorKind'],
      actorAreaId: r.actorKind === 'resident' ? homes[r.actor]! : null,
      counterpartId: r.counterpartId,
      organisationId: r.actorKind === 'organisation' ? r.organisationId : null,
      subjectType: r.subject[0],
      subjectId: r.subject[1],
      areaId: r.subject[2],
      // Time-bank hours arrive as minutes / 60, any number of minutes: they are summed as minutes.
      hours: r.minutes === null ? null : r.minutes / 60,
      occurredAt: `${DAY}T10:0${r.minute}:00.000Z`,
    }));

  // Every fact is held to the rule, ties between residents (and their to-area) included.
  const normalised = (facts: DayFacts) => ({
    residents: facts.residents.map((r) => JSON.stringify(r)).sort(),
    counts: facts.counts.map((r) => JSON.stringify(r)).sort(),
    milestones: facts.milestones.map((r) => JSON.stringify(r)).sort(),
    links: facts.links.map((r) => JSON.stringify(r)).sort(),
  });

  test('the facts do not depend on the order of the events', () => {
    fc.assert(
      fc.property(
        fc
          .array(eventArb, { maxLength: 30 })
          .chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))),
        ([events, shuffled]) => {
          expect(normalised(fold(shuffled))).toEqual(normalised(fold(events)));
        },
      ),
      { numRuns: 300 },
    );
  });

  // A resident who helps the same neighbour twice in a day, once where it has an area and once
  // where it has none (a gift between residents), gets one tie whose to-area is the known one
  // (N1), whichever event came first: so whether it bridges or bonds does not depend on the order.
  test('a tie between two residents does not depend on the order of their events', () => {
    const matched = event('help.matched', {
      actorId: 'c',
      actorAreaId: 'N2',
      counterpartId: 'a',
      subjectType: 'help_request',
      subjectId: 'H1',
      areaId: 'N1',
    });
    const gifted = event('hours.gifted', {
      actorId: 'c',
      actorAreaId: 'N2',
      counterpartId: 'a',
      subjectType: 'timebank_transaction',
      subjectId: 'T1',
      areaId: null,
      hours: 1,
    });
    const tie = { day: DAY, area_id: 'N2', from_node: 'r:c', to_node: 'r:a', to_area_id: 'N1' };
    expect(fold([gifted, matched]).links).toEqual([tie]);
    expect(fold([matched, gifted]).links).toEqual([tie]);
  });

  // Hours arrive as minutes / 60; summed as floating point, 10, 20 and 30 minutes would give 1 one
  // way and 0.9999999999999999 the other. They are summed as whole minutes: 60, either way.
  test('hours of help add up to the same total in any order', () => {
    const booked = (minutes: number, id: string) =>
      event('hours.booked', {
        counterpartId: 'b',
        subjectType: 'timebank_transaction',
        subjectId: id,
        hours: minutes / 60,
      });
    const events = [booked(10, 'T1'), booked(20, 'T2'), booked(30, 'T3')];
    expect(countOf(fold(events), 'N1', 'minutes')).toBe(60);
    expect(countOf(fold([...events].reverse()), 'N1', 'minutes')).toBe(60);
  });
});
