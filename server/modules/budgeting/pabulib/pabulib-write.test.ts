import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as F from '../counting/fraction.ts';
import { fixture } from '../../../../test/support/pabulib-elections.ts';
import { VOTE_TYPES } from './pabulib-file.ts';
import type { MetaEntry, PabulibFile, PabulibProject, PabulibVote } from './pabulib-file.ts';
import { parsePabulib } from './pabulib-parse.ts';
import { writePabulib } from './pabulib-write.ts';

// Text with everything a writer must quote or keep: separators, quotes, line breaks, spaces.
const text = fc.string({
  unit: fc.constantFrom('a', 'B', '7', ' ', ';', '"', ',', '\n', '\r', 'é', '—'),
  maxLength: 8,
});
const name = fc.string({
  unit: fc.constantFrom('a', 'b', 'z', '_', '1', ' ', ';', '"', 'ł'),
  minLength: 1,
  maxLength: 6,
});
const id = name.map((value) => value.trim()).filter((value) => value !== '');
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 3 }))
  .map(([num, digits]) => F.fraction(num, 10n ** BigInt(digits)));

const KEY_COLUMNS = ['project_id', 'cost', 'voter_id', 'vote', 'points'];
const COUNTED_META = ['budget', 'vote_type', 'num_projects', 'num_votes'];

const fileArb: fc.Arbitrary<PabulibFile> = fc
  .record({
    voteType: fc.constantFrom(...VOTE_TYPES),
    budget: amount,
    meta: fc.uniqueArray(fc.tuple(id, text), { selector: ([key]) => key, maxLength: 4 }),
    projectExtras: fc.uniqueArray(name, { maxLength: 3 }),
    voteExtras: fc.uniqueArray(name, { maxLength: 2 }),
    projects: fc.uniqueArray(fc.tuple(id, amount, fc.array(text, { minLength: 3, maxLength: 3 })), {
      selector: ([projectId]) => projectId.replace(/,/g, ''),
      minLength: 1,
      maxLength: 5,
    }),
    votes: fc.uniqueArray(
      fc.tuple(
        id,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(amount, { minLength: 4, maxLength: 4 }),
        fc.array(text, { minLength: 2, maxLength: 2 }),
      ),
      {
        selector: ([voterId]) => voterId,
        maxLength: 6,
      },
    ),
    shuffle: fc.boolean(),
  })
  .map(({ voteType, budget, meta, projectExtras, voteExtras, projects: rawProjects, votes: rawVotes, shuffle }) => {
    const projectColumnsExtra = projectExtras.filter((column) => !KEY_COLUMNS.includes(column));
    const voteColumnsExtra = voteExtras.filter((column) => !KEY_COLUMNS.includes(column));
    const projects: PabulibProject[] = rawProjects.map(([projectId, cost, values]) => ({
      id: projectId.replace(/,/g, '') || 'p',
      cost,
      fields: Object.fromEntries(projectColumnsExtra.map((column, index) => [column, values[index] ?? ''])),
    }));
    const ids = [...new Set(projects.map((project) => project.id))];
    const withPoints = voteType === 'cumulative' || voteType === 'scoring';
    const votes: PabulibVote[] = rawVotes.map(([voterId, picks, points, values]) => {
      const chosen = [...new Set(picks.map((pick) => ids[pick % ids.length] ?? 'p'))].slice(
        0,
        voteType === 'choose-1' ? 1 : 4,
      );
      return {
        voterId,
        projectIds: chosen,
        points: withPoints ? points.slice(0, chosen.length) : null,
        fields: Object.fromEntries(voteColumnsExtra.map((column, index) => [column, values[index] ?? ''])),
      };
    });
    const entries: MetaEntry[] = [
      ...meta.filter(([key]) => !COUNTED_META.includes(key)).map(([key, value]) => ({ key, value })),
      { key: 'num_projects', value: String(projects.length) },
      { key: 'num_votes', value: String(votes.length) },
      { key: 'budget', value: F.toDecimalString(budget) },
      { key: 'vote_type', value: voteType },
    ];
    const projectColumns = ['project_id', 'cost', ...projectColumnsExtra];
    const voteColumns = ['voter_id', 'vote', ...(withPoints ? ['points'] : []), ...voteColumnsExtra];
    return {
      meta: shuffle ? [...entries].reverse() : entries,
      projectColumns: shuffle ? [...projectColumns].reverse() : projectColumns,
      projects: projects.filter((project, index) => ids.indexOf(project.id) === index),
      voteColumns: shuffle ? [...voteColumns].reverse() : voteColumns,
      votes,
    };
  })
  .filter((file) => Number(file.meta.find((entry) => entry.key === 'num_projects')?.value) === file.projects.length);

describe('writing a Pabulib file', () => {
  test('parse(write(x)) equals x', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        expect(parsePabulib(writePabulib(file))).toEqual(file);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    'Poland_Wieliczka_2023_Green_Budget.pb',
    'example_invalid.pb',
    'Worldwide_Mechanical_Turk_Utilities_6.pb',
  ])('a published file survives a round trip: %s', (name) => {
    const file = fixture(name);
    expect(parsePabulib(writePabulib(file))).toEqual(file);
  });

  test('quotes only what needs quoting', () => {
    const file = parsePabulib(writePabulib(fixture('checker_test_equalshares.pb')));
    const written = writePabulib({
      ...file,
      projects: [
        { id: 'a', cost: F.fraction(6), fields: { votes: '3', selected: 'say "yes"; now' } },
        ...file.projects.slice(1),
      ],
    });
    expect(written).toContain('a;6;3;"say ""yes""; now"\n');
    expect(written.startsWith('META\nkey;value\ndescription;Equal Shares test\n')).toBe(true);
  });

  test('refuses a cost without a finite decimal form', () => {
    const file = fixture('checker_test_equalshares.pb');
    const third = {
      ...file,
      projects: [{ id: 'a', cost: F.fraction(1, 3), fields: { votes: '3', selected: '1' } }, ...file.projects.slice(1)],
    };
    expect(() => writePabulib(third)).toThrow('cost of project a (1/3) has no finite decimal form');
  });
});
