import { describe, expect, test } from 'vitest';
import { countVotes } from '../counting/count-votes.ts';
import type { CountOptions, CountRule } from '../counting/count-result.ts';
import * as F from '../counting/fraction.ts';
import { fixture } from '../../../../test/support/pabulib-elections.ts';
import { publishedSelection, toApprovalElection } from '../pabulib/pabulib-election.ts';
import { metaValue } from '../pabulib/pabulib-file.ts';

// Published outcomes reproduced by the reference implementations (see ../shared/data/pabulib/README.md).
function count(name: string, options: CountOptions) {
  return countVotes(toApprovalElection(fixture(name)), options);
}

const sorted = (ids: readonly string[]): string[] =>
  [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('equal shares with add1, as published', () => {
  test.each<[string, Partial<CountOptions>]>([
    ['equalshares tool, tie-breaking minCost,maxVotes', { tieBreak: ['min-cost', 'max-votes'] }],
    ['file order for the harmless 2-vs-11 tie', {}],
    ['pabutools start (budget/voters, increment 1)', { integralStart: false }],
  ])('Assen 2024: %s', (_, options) => {
    const result = count('Netherlands_Assen_2024.pb', { rule: 'equal-shares-add1', ...options });
    expect(sorted(result.selected)).toEqual(['2', '3', '5', '6', '9', '11', '12', '13', '14']);
    expect(result.totalCost).toEqual(F.fraction(76700));
    expect(result.ties.every((tie) => !tie.changesOutcome)).toBe(true);
  });

  test.each<[string, Partial<CountOptions>]>([
    ['with the exhaustive stop', {}],
    ['without the exhaustive stop', { exhaustiveStop: false }],
    ['pabutools start', { integralStart: false }],
  ])('Świecie 2023: %s', (_, options) => {
    const result = count('Poland_Swiecie_2023.pb', { rule: 'equal-shares-add1', ...options });
    expect(result.selected).toEqual(publishedSelection(fixture('Poland_Swiecie_2023.pb')));
    expect(sorted(result.selected).join(',')).toBe('c1,c2,c3,c4,c5,c7,c9,c10,c11,c12,c13,c14,c17,c18,c19,c20,c21');
    expect(result.totalCost).toEqual(F.fraction(1040337));
  });

  const wieliczka = 'Poland_Wieliczka_2023_Green_Budget.pb';

  test('Wieliczka green budget 2023: the equalshares tool without the exhaustive stop', () => {
    const result = count(wieliczka, { rule: 'equal-shares-add1', exhaustiveStop: false });
    expect(result.selected).toEqual(publishedSelection(fixture(wieliczka)));
    expect(sorted(result.selected).join(',')).toBe(
      '6,7,9,17,19,20,24,25,26,29,32,33,34,36,39,40,41,42,43,46,56,58,60,61,62,69,70,71,74,88',
    );
    expect(result.totalCost).toEqual(F.fraction(995079));
    expect(result.equalShares?.perVoterBudget).toEqual(F.fraction(315));
  });

  test.each<[string, Partial<CountOptions>]>([
    ['the tool default', {}],
    ['pabutools', { integralStart: false }],
  ])('Wieliczka green budget 2023 with the exhaustive stop (%s) adds 66 and 67 and drops 46', (_, options) => {
    const published = publishedSelection(fixture(wieliczka)) ?? [];
    const result = count(wieliczka, { rule: 'equal-shares-add1', ...options });
    expect(result.selected).toHaveLength(31);
    expect(result.totalCost).toEqual(F.fraction(984579));
    expect(result.selected.filter((id) => !published.includes(id))).toEqual(['66', '67']);
    expect(published.filter((id) => !result.selected.includes(id))).toEqual(['46']);
  });

  test('the comparison step keeps equal shares for Wieliczka (add1-comparison in META)', () => {
    const result = count(wieliczka, { rule: 'equal-shares-add1', exhaustiveStop: false, comparison: 'satisfaction' });
    expect(result.equalShares?.comparison?.kept).toBe('equal-shares');
    expect(result.selected).toEqual(publishedSelection(fixture(wieliczka)));
  });
});

describe('greedy files with a selected column', () => {
  test.each([
    'poland_warszawa_2017_plac-wojska-polskiego.pb',
    'Poland_Warszawa_2017_Aleksandrow.pb',
    'Poland_Warszawa_2017_Marysin_Poludniowy.pb',
    'Poland_Warszawa_2017_Przyczolek_Grochowski.pb',
    'Poland_Warszawa_2017_Radosc.pb',
    'Poland_Warszawa_2017_ZielonaGrzybowa.pb',
    'Poland_Warszawa_2019_Obszar_4-Zoliborz_Poludniowy.pb',
    'Poland_Warszawa_2019_Srodmiescie_Polnocne.pb',
    'Poland_Gdynia_2020_Cisowa__large.pb',
    'Poland_Gdynia_2020_Pogorze__small.pb',
    'Poland_Gdynia_2021_Kamienna_Gora__large.pb',
    'Poland_Gdynia_2021_Kamienna_Gora__small.pb',
    'Poland_Gdynia_2023_Orlowo__small.pb',
    'Poland_Gdynia_2025_Orlowo__small.pb',
    'checker_test_greedy_budget500.pb',
    'checker_test_greedy_budget700.pb',
    'checker_test_greedy_budget1000.pb',
  ])('%s', (name) => {
    const file = fixture(name);
    const rule = metaValue(file, 'rule') as CountRule;
    expect(['greedy', 'greedy-no-skip']).toContain(rule);
    expect(countVotes(toApprovalElection(file), { rule }).selected).toEqual(publishedSelection(file));
  });
});

describe('pabulib checker rule examples', () => {
  test('equalshares', () => {
    const file = fixture('checker_test_equalshares.pb');
    expect(countVotes(toApprovalElection(file), { rule: 'equal-shares' }).selected).toEqual(publishedSelection(file));
  });

  test('equalshares-comparison', () => {
    const file = fixture('checker_test_equalshares_comparison.pb');
    const result = countVotes(toApprovalElection(file), { rule: 'equal-shares', comparison: 'satisfaction' });
    expect(result.selected).toEqual(publishedSelection(file));
  });
});

describe('other vote types count as approval of every listed project', () => {
  test.each([
    ['Netherlands_Amsterdam_643.pb', 'choose-1'],
    ['Poland_Zabrze_2021_Pawlow.pb', 'choose-1'],
    ['US_Stanford_Dataset_PB_Chicago_35th_Ward_2021_vote_rankings.pb', 'ordinal'],
    ['Worldwide_Mechanical_Turk_Utilities_6.pb', 'cumulative'],
  ])('%s (%s)', (name, voteType) => {
    const file = fixture(name);
    expect(metaValue(file, 'vote_type')).toBe(voteType);
    const result = countVotes(toApprovalElection(file), { rule: 'equal-shares-add1' });
    expect(F.compare(result.totalCost, result.budget)).toBeLessThanOrEqual(0);
    const listed = new Set(file.votes.flatMap((vote) => vote.projectIds));
    expect(
      result.projects
        .filter((project) => project.votes > 0)
        .map((project) => project.id)
        .sort(),
    ).toEqual([...listed].sort());
  });
});
