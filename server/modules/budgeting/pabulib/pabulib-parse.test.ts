import { describe, expect, test } from 'vitest';
import * as F from '../counting/fraction.ts';
import { fixture } from '../../../../test/support/pabulib-elections.ts';
import { publishedSelection, toApprovalElection } from './pabulib-election.ts';
import { metaValue } from './pabulib-file.ts';
import { PabulibParseError, parsePabulib } from './pabulib-parse.ts';

const valid = [
  'META', //                                  1
  'key;value', //                             2
  'description;Test', //                      3
  'num_projects;2', //                        4
  'num_votes;2', //                           5
  'budget;100', //                            6
  'vote_type;approval', //                    7
  'PROJECTS', //                              8
  'project_id;cost;name;selected', //         9
  'a;60;"Park; with benches";1', //           10
  'b;40.5;"The ""big"" tree";0', //          11
  'VOTES', //                                 12
  'voter_id;vote', //                         13
  'v1;a,b', //                                14
  'v2;b', //                                  15
].join('\n');

describe('reading a Pabulib file', () => {
  test('reads sections, quoted fields and exact costs', () => {
    const file = parsePabulib(valid);
    expect(metaValue(file, 'budget')).toBe('100');
    expect(file.projects).toEqual([
      { id: 'a', cost: F.fraction(60), fields: { name: 'Park; with benches', selected: '1' } },
      { id: 'b', cost: F.fraction(81, 2), fields: { name: 'The "big" tree', selected: '0' } },
    ]);
    expect(file.votes).toEqual([
      { voterId: 'v1', projectIds: ['a', 'b'], points: null, fields: {} },
      { voterId: 'v2', projectIds: ['b'], points: null, fields: {} },
    ]);
    expect(publishedSelection(file)).toEqual(['a']);
  });

  test('accepts Windows line ends, a byte order mark, blank lines and a quoted field over two lines', () => {
    const text = `\uFEFF${valid.replace('"Park; with benches"', '"Park\nwith benches"').replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(parsePabulib(text).projects[0]?.fields['name']).toBe('Park\r\nwith benches');
  });

  test.each<[string, string, number, string]>([
    ['empty file', '', 1, 'missing section META'],
    ['no META', valid.split('\n').slice(7).join('\n'), 1, 'expected section META before PROJECTS'],
    ['no VOTES', valid.split('\n').slice(0, 11).join('\n'), 11, 'missing section VOTES'],
    ['sections out of order', valid.replace('PROJECTS', 'VOTES'), 8, 'expected section PROJECTS before VOTES'],
    ['META header', valid.replace('key;value', 'name;value'), 2, 'META header must be "key;value"'],
    ['no budget', valid.replace('budget;100\n', ''), 1, 'META has no budget'],
    ['budget not a number', valid.replace('budget;100', 'budget;lots'), 6, 'budget "lots" is not a number'],
    ['duplicate META key', valid.replace('budget;100', 'budget;100\nbudget;200'), 7, 'duplicate META key "budget"'],
    ['unknown vote type', valid.replace('vote_type;approval', 'vote_type;ranked'), 7, 'unknown vote_type "ranked"'],
    ['no cost column', valid.replace('project_id;cost;name', 'project_id;price;name'), 9, 'header has no cost column'],
    ['cost not a number', valid.replace('a;60;', 'a;60 EUR;'), 10, 'cost of project a "60 EUR" is not a number'],
    ['cost with a decimal comma', valid.replace('b;40.5', 'b;40,5'), 11, 'cost of project b "40,5" is not a number'],
    ['negative cost', valid.replace('a;60;', 'a;-60;'), 10, 'cost of project a is negative'],
    ['duplicate project id', valid.replace('b;40.5', 'a;40.5'), 11, 'duplicate project_id "a"'],
    ['comma in a project id', valid.replace('b;40.5', 'b,c;40.5'), 11, 'project_id "b,c" contains a comma'],
    ['too few fields', valid.replace(';1\n', '\n'), 10, 'PROJECTS row has 3 fields, the header has 4'],
    ['unknown project in a vote', valid.replace('v2;b', 'v2;c'), 15, 'voter v2 votes for unknown project "c"'],
    ['duplicate voter id', valid.replace('v2;b', 'v1;b'), 15, 'duplicate voter_id "v1"'],
    [
      'declared project count',
      valid.replace('num_projects;2', 'num_projects;3'),
      4,
      'num_projects says 3 but the file has 2',
    ],
    ['declared vote count', valid.replace('num_votes;2', 'num_votes;two'), 5, 'num_votes "two" is not a whole number'],
    [
      'choose-1 with two projects',
      valid.replace('vote_type;approval', 'vote_type;choose-1'),
      14,
      'voter v1 chose 2 projects in a choose-1 vote',
    ],
    [
      'ordinal ranking a project twice',
      valid.replace('vote_type;approval', 'vote_type;ordinal').replace('v1;a,b', 'v1;a,a'),
      14,
      'voter v1 lists project "a" twice',
    ],
    [
      'cumulative without points',
      valid.replace('vote_type;approval', 'vote_type;cumulative'),
      13,
      'cumulative votes need a points column',
    ],
    [
      'unclosed quote',
      valid.replace('"Park; with benches"', '"Park; with benches'),
      10,
      'a quoted field opened here runs on to line 11',
    ],
    ['quote never closed', valid.replace('v2;b', 'v2;"b'), 15, 'a quoted field is never closed'],
    [
      'text after a closing quote',
      valid.replace('"Park; with benches"', '"Park" benches'),
      10,
      'unexpected text after a closing quote',
    ],
  ])('refuses %s with the line of the problem', (_, text, line, reason) => {
    const error = (() => {
      try {
        parsePabulib(text);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PabulibParseError);
    expect(error).toMatchObject({ line, reason: expect.stringContaining(reason) });
  });

  test('reads points of cumulative votes and checks they match the listed projects', () => {
    const cumulative = valid
      .replace('vote_type;approval', 'vote_type;cumulative')
      .replace('voter_id;vote', 'voter_id;vote;points')
      .replace('v1;a,b', 'v1;a,b;3,2')
      .replace('v2;b', 'v2;b;5');
    expect(parsePabulib(cumulative).votes[0]?.points).toEqual([F.fraction(3), F.fraction(2)]);
    expect(() => parsePabulib(cumulative.replace('v2;b;5', 'v2;b;5,1'))).toThrow(
      'line 15: 2 points for 1 listed projects',
    );
  });

  test('approval ballots that repeat a project are read, and counted once', () => {
    const file = parsePabulib(valid.replace('v2;b', 'v2;b,b'));
    expect(file.votes[1]?.projectIds).toEqual(['b', 'b']);
    expect(toApprovalElection(file).ballots[1]).toEqual(['b', 'b']);
  });
});

describe('published files', () => {
  test.each([
    ['Poland_Wieliczka_2023_Green_Budget.pb', 64, 6586, 'approval'],
    ['Netherlands_Assen_2024.pb', 14, 84, 'approval'],
    ['example_valid.pb', 10, 76, 'approval'],
    ['example_invalid.pb', 3, 182, 'cumulative'],
    ['US_Stanford_Dataset_PB_Chicago_35th_Ward_2021_vote_rankings.pb', 4, 103, 'ordinal'],
    ['Worldwide_Mechanical_Turk_Utilities_6.pb', 10, 74, 'cumulative'],
  ])('%s', (name, projects, votes, voteType) => {
    const file = fixture(name);
    expect([file.projects.length, file.votes.length, metaValue(file, 'vote_type')]).toEqual([
      projects,
      votes,
      voteType,
    ]);
  });

  test('keeps quotes inside names', () => {
    const names = fixture('Poland_Wieliczka_2023_Green_Budget.pb').projects.map((project) => project.fields['name']);
    expect(names).toContain('Drzewne przytulasy i relaksacyjne gniazda w Parku "Stok pod Baranem"');
  });
});
