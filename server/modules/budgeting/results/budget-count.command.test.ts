import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { registerBudgetCommands } from './budget-count.command.ts';

const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../../../../test/fixtures/pabulib/${name}`, import.meta.url));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void err.push(text));
  const program = new Command('wakkere-stad')
    .exitOverride()
    .configureOutput({ writeOut: (text) => void out.push(text), writeErr: (text) => void err.push(text) });
  registerBudgetCommands(program);
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'wakkere-stad', 'budget', 'count', ...args]);
  } catch (error) {
    return { code: (error as { exitCode?: number }).exitCode ?? 1, out: out.join(''), err: err.join('') };
  }
  return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});

describe('budget count', () => {
  test('prints the funded ids in the order of the file', async () => {
    const result = await run(
      fixturePath('Netherlands_Assen_2024.pb'),
      '--rule',
      'equal-shares-add1',
      '--tie-break',
      'min-cost,max-votes',
    );
    expect(result).toEqual({ code: 0, out: '3,9,2,11,13,14,5,6,12', err: '' });
  });

  test.each<[string, string[], string]>([
    ['greedy', ['--rule', 'greedy'], '1,3'],
    ['greedy-no-skip', ['--rule', 'greedy-no-skip'], '1'],
    ['equal shares with greedy completion', ['--rule', 'equal-shares', '--complete', 'greedy'], '1,3'],
    ['approval utility', ['--rule', 'equal-shares-add1', '--utility', 'approval', '--no-integral-start'], '1,3'],
  ])('%s', async (_, flags, expected) => {
    const result = await run(fixturePath('checker_test_greedy_budget500.pb'), ...flags);
    expect(result).toEqual({ code: 0, out: expected, err: '' });
  });

  test('--no-exhaustive-stop reproduces the Wieliczka green budget', async () => {
    const result = await run(
      fixturePath('Poland_Wieliczka_2023_Green_Budget.pb'),
      '--rule',
      'equal-shares-add1',
      '--no-exhaustive-stop',
    );
    expect(result.out).toBe('24,41,40,74,19,6,32,39,58,42,25,43,20,60,29,33,17,70,34,9,26,71,88,36,62,61,7,46,56,69');
  });

  test('--compare switches to greedy when more voters prefer it', async () => {
    const result = await run(
      fixturePath('checker_test_equalshares_comparison.pb'),
      '--rule',
      'equal-shares',
      '--compare',
      'satisfaction',
    );
    expect(result.out).toBe('a,b');
  });

  test('--json prints the result with an explanation per project', async () => {
    const result = await run(fixturePath('checker_test_equalshares.pb'), '--rule', 'equal-shares', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      rule: 'equal-shares',
      selected: ['a'],
      cost: 6,
      budget: 10,
      leftover: 4,
      equalShares: { fairShare: 2.5, perVoterBudget: 2.5, stopReason: 'no-completion' },
      projects: [
        {
          id: 'a',
          cost: 6,
          votes: 3,
          selected: true,
          decision: { kind: 'funded-equal-shares', effectiveVotes: 3, maxPayment: 2 },
        },
        { id: 'b', selected: false, decision: { kind: 'supporters-out-of-money', lostTo: 'a', supportersBudget: 1 } },
        { id: 'c', selected: false, decision: { kind: 'supporters-out-of-money', lostTo: 'a', supportersBudget: 3 } },
      ],
    });
  });

  test.each<[string, () => string[], RegExp]>([
    [
      'a malformed file, with its line',
      () => [
        badFile(
          'META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;ten\nVOTES\nvoter_id;vote\n',
        ),
        '--rule',
        'greedy',
      ],
      /line 7: cost of project a "ten" is not a number/,
    ],
    ['a missing file', () => ['/no/such/file.pb', '--rule', 'greedy'], /cannot read \/no\/such\/file\.pb/],
    [
      'an unknown tie-break rule',
      () => [fixturePath('checker_test_equalshares.pb'), '--rule', 'greedy', '--tie-break', 'cheapest'],
      /unknown tie-break rule "cheapest"/,
    ],
    [
      'an unknown rule',
      () => [fixturePath('checker_test_equalshares.pb'), '--rule', 'fastest'],
      /argument 'fastest' is invalid/,
    ],
    ['no rule', () => [fixturePath('checker_test_equalshares.pb')], /required option '--rule <rule>' not specified/],
  ])('reports %s on stderr with exit code 1', async (_, args, message) => {
    const result = await run(...args());
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(message);
  });
});

function badFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'budget-count-')), 'bad.pb');
  writeFileSync(path, text);
  return path;
}
