import { describe, expect, test } from 'vitest';
import { slotsOf, overlapShare, weekdayOf } from './availability.ts';
import { assessCandidate, exclusionCounts, rankCandidates, type Candidate, type MatchRequest } from './matching.ts';

const request: MatchRequest = {
  kind: 'errands',
  areaId: 'BU01',
  nearbyAreaIds: ['BU02'],
  slots: [
    { day: 'tue', part: 'morning' },
    { day: 'tue', part: 'afternoon' },
  ],
  vulnerable: false,
  askingAccountIds: ['asker', 'professional'],
  neededOn: '2026-03-10',
};

const base: Candidate = {
  helperId: 'helper',
  offerId: 'offer',
  kinds: ['errands', 'company'],
  areaIds: ['BU01'],
  availability: [
    { day: 'tue', part: 'morning' },
    { day: 'tue', part: 'afternoon' },
  ],
  maxPerWeek: 3,
  currentLoad: 0,
  history: { exchanges: 0, solved: 0, notHelped: 0 },
  experienceInKind: 0,
  verifiedAreaIds: ['BU01'],
  vog: { status: 'valid', expiresOn: '2027-01-01' },
  blocked: false,
  declined: false,
};

describe('score and explanation', () => {
  test.each([
    [
      'same neighbourhood, full overlap, free',
      {},
      105,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Available at the requested time.',
        'Is not helping anyone else this week.',
      ],
    ],
    [
      'nearby neighbourhood',
      { areaIds: ['BU02'] },
      85,
      [
        'Helps in a neighbouring neighbourhood.',
        'Offers this kind of help.',
        'Available at the requested time.',
        'Is not helping anyone else this week.',
      ],
    ],
    [
      'half the requested time',
      { availability: [{ day: 'tue', part: 'morning' }] },
      95,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Available for 50% of the requested time.',
        'Is not helping anyone else this week.',
      ],
    ],
    [
      'no overlap is explained, not excluded',
      { availability: [{ day: 'sat', part: 'evening' }] },
      85,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Not usually available at the requested time.',
        'Is not helping anyone else this week.',
      ],
    ],
    [
      'by arrangement',
      { availability: [] },
      95,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Time by arrangement.',
        'Is not helping anyone else this week.',
      ],
    ],
    [
      'busy helper scores lower',
      { currentLoad: 2 },
      95,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Available at the requested time.',
        'Already helps 2 of at most 3 time(s) this week; spreading the load.',
      ],
    ],
    [
      'experience in the kind',
      { experienceInKind: 3 },
      111,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Has done this kind of help 3 times before.',
        'Available at the requested time.',
        'Is not helping anyone else this week.',
      ],
    ],
    [
      'experience is capped',
      { experienceInKind: 40 },
      115,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Has done this kind of help 40 times before.',
        'Available at the requested time.',
        'Is not helping anyone else this week.',
      ],
    ],
    [
      'helped this person before',
      { history: { exchanges: 1, solved: 1, notHelped: 0 } },
      115,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Available at the requested time.',
        'Is not helping anyone else this week.',
        'Helped this person before (1 time).',
      ],
    ],
    [
      'earlier help did not work out',
      { history: { exchanges: 2, solved: 0, notHelped: 2 } },
      95,
      [
        'Helps in this neighbourhood.',
        'Offers this kind of help.',
        'Available at the requested time.',
        'Is not helping anyone else this week.',
        'An earlier exchange with this person did not help.',
      ],
    ],
  ] as Array<[string, Partial<Candidate>, number, string[]]>)('%s', (_name, changes, score, texts) => {
    const assessment = assessCandidate(request, { ...base, ...changes });
    expect(assessment.eligible).toBe(true);
    if (!assessment.eligible) return;
    expect(assessment.reasons.map((r) => r.text)).toEqual(texts);
    expect(assessment.score).toBe(score);
    expect(assessment.score).toBe(assessment.reasons.reduce((sum, r) => sum + r.points, 0));
  });
});

describe('exclusions', () => {
  const vulnerable = { ...request, vulnerable: true };
  test.each([
    ['the asker themselves', request, { helperId: 'asker' }, 'self', 'Is on the asking side of this request.'],
    [
      'the professional who posted',
      request,
      { helperId: 'professional' },
      'self',
      'Is on the asking side of this request.',
    ],
    ['a blocked pair', request, { blocked: true }, 'blocked', 'One of the two has blocked the other.'],
    ['declined before', request, { declined: true }, 'declined', 'Already declined this request.'],
    ['another kind of help', request, { kinds: ['digital'] }, 'kind-not-offered', 'Does not offer this kind of help.'],
    ['far away', request, { areaIds: ['BU99'] }, 'area-not-offered', 'Does not help in or near this neighbourhood.'],
    [
      'at capacity',
      request,
      { currentLoad: 3 },
      'at-capacity',
      'Already helps 3 time(s) this week, the most they offered.',
    ],
    [
      'vulnerable: not verified here',
      vulnerable,
      { verifiedAreaIds: ['BU02'] },
      'not-verified',
      'Not verified as a resident of this neighbourhood, which help for a vulnerable person requires.',
    ],
    [
      'vulnerable: no VOG',
      vulnerable,
      { vog: null },
      'no-vog',
      'Has no valid certificate of conduct (VOG), which help for a vulnerable person requires.',
    ],
    [
      'vulnerable: VOG revoked',
      vulnerable,
      { vog: { status: 'revoked', expiresOn: '2030-01-01' } },
      'no-vog',
      'Has no valid certificate of conduct (VOG), which help for a vulnerable person requires.',
    ],
    [
      'vulnerable: VOG expired before the date',
      vulnerable,
      { vog: { status: 'valid', expiresOn: '2026-03-09' } },
      'vog-expired',
      'The certificate of conduct (VOG) expired on 2026-03-09.',
    ],
  ] as Array<[string, MatchRequest, Partial<Candidate>, string, string]>)('%s', (_name, req, changes, code, text) => {
    const assessment = assessCandidate(req, { ...base, ...changes });
    expect(assessment).toMatchObject({ eligible: false, exclusion: { code, text } });
  });

  test('a vulnerable request accepts a verified helper whose VOG is valid on the day', () => {
    expect(assessCandidate(vulnerable, { ...base, vog: { status: 'valid', expiresOn: '2026-03-10' } }).eligible).toBe(
      true,
    );
  });

  test('verification and VOG do not matter for ordinary requests', () => {
    expect(assessCandidate(request, { ...base, verifiedAreaIds: [], vog: null }).eligible).toBe(true);
  });
});

describe('ranking', () => {
  test('best score first; ties go to the least busy helper; one proposal per helper', () => {
    const ranked = rankCandidates(request, [
      { ...base, helperId: 'far', offerId: 'o1', areaIds: ['BU02'] },
      { ...base, helperId: 'busy', offerId: 'o2', currentLoad: 1, maxPerWeek: 10 },
      { ...base, helperId: 'free', offerId: 'o3', maxPerWeek: 10, availability: [] },
      { ...base, helperId: 'free', offerId: 'o4', maxPerWeek: 10 },
      { ...base, helperId: 'blocked', offerId: 'o5', blocked: true },
    ]);
    expect(ranked.map((p) => [p.helperId, p.offerId, p.score])).toEqual([
      ['free', 'o4', 105],
      ['busy', 'o2', 104],
      ['far', 'o1', 85],
    ]);
  });

  test('equal scores fall back to the lower load, then the id', () => {
    const ranked = rankCandidates({ ...request, slots: [] }, [
      { ...base, helperId: 'b', maxPerWeek: 1000, currentLoad: 1 },
      { ...base, helperId: 'c', maxPerWeek: 1000 },
      { ...base, helperId: 'a', maxPerWeek: 1000 },
    ]);
    expect(ranked.map((p) => p.helperId)).toEqual(['a', 'c', 'b']);
  });

  test('those left out are counted by reason, without blocks or the asking side', () => {
    const vulnerable = { ...request, vulnerable: true };
    expect(
      exclusionCounts(vulnerable, [
        { ...base, helperId: 'ok' },
        { ...base, helperId: 'a', vog: null },
        { ...base, helperId: 'b', vog: null },
        { ...base, helperId: 'c', verifiedAreaIds: [] },
        { ...base, helperId: 'd', blocked: true },
        { ...base, helperId: 'asker' },
        // A helper with one fitting and one unfitting offer is proposed, not counted.
        { ...base, helperId: 'ok', offerId: 'other', kinds: ['meal'] },
      ]),
    ).toEqual([
      { code: 'no-vog', count: 2 },
      { code: 'not-verified', count: 1 },
    ]);
  });

  test('limit bounds the list', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...base, helperId: `h${i}` }));
    expect(rankCandidates(request, many, 5)).toHaveLength(5);
  });
});

describe('availability', () => {
  test.each([
    ['2026-03-02', 'mon'],
    ['2026-03-08', 'sun'],
    ['2024-02-29', 'thu'],
  ])('%s is a %s', (date, day) => expect(weekdayOf(date)).toBe(day));

  test('a once request asks for its weekday; no day parts means any time', () => {
    expect(slotsOf({ schedule: 'once', date: '2026-03-03', dayParts: ['evening'] })).toEqual([
      { day: 'tue', part: 'evening' },
    ]);
    expect(slotsOf({ schedule: 'once', date: '2026-03-03', dayParts: [] })).toEqual([]);
    expect(
      slotsOf({ schedule: 'recurring', days: ['mon', 'mon', 'fri'], dayParts: ['morning'], frequency: 'weekly' }),
    ).toEqual([
      { day: 'mon', part: 'morning' },
      { day: 'fri', part: 'morning' },
    ]);
  });

  test('overlap share', () => {
    expect(overlapShare([], [{ day: 'mon', part: 'morning' }])).toBeNull();
    expect(overlapShare([{ day: 'mon', part: 'morning' }], [])).toBeNull();
    expect(
      overlapShare(
        [
          { day: 'mon', part: 'morning' },
          { day: 'mon', part: 'evening' },
        ],
        [{ day: 'mon', part: 'evening' }],
      ),
    ).toBe(0.5);
  });
});
