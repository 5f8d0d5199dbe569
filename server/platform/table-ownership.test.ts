import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// A module reaches another module through its port, never its tables. Each module declares its
// tables in `<module>.tables.ts` (`export interface <Name>Tables { table: Row }`); this test reads
// every production file of a module and fails when it names a table that another module owns.
// Exempt: demo steps, which seed the whole database in bulk (documented in docs/ARCHITECTURE.md).
const MODULES = join(import.meta.dirname, '..', 'modules');
const QUERY =
  /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*['"`](\w+)/g;
const RAW_SQL = /\b(?:from|join|into|update)\s+"?(\w+)"?/gi;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const modules = readdirSync(MODULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, files: filesUnder(join(MODULES, entry.name)) }));

const owner = new Map<string, string>();
for (const module of modules) {
  for (const file of module.files.filter((f) => f.endsWith('.tables.ts'))) {
    const block = /export interface \w+Tables\s*\{([\s\S]*?)\n\}/.exec(readFileSync(file, 'utf8'));
    for (const [, table] of block?.[1]?.matchAll(/^\s*(\w+)\s*:/gm) ?? []) owner.set(table!, module.name);
  }
}

const isProduction = (file: string) =>
  file.endsWith('.ts') && !file.includes('.test.') && !file.includes('demo-step') && !file.includes('/demo/');

describe('table ownership', () => {
  test('every module declares the tables it owns', () => {
    expect(owner.get('accounts')).toBe('accounts');
    expect(owner.get('areas')).toBe('areas');
    expect(owner.get('help_requests')).toBe('help');
    expect(owner.size).toBeGreaterThan(30);
  });

  test.each(modules.map((m) => [m.name, m] as const))('%s names only its own tables', (name, module) => {
    const foreign: string[] = [];
    for (const file of module.files.filter(isProduction)) {
      const source = readFileSync(file, 'utf8');
      const named = [...source.matchAll(QUERY)].map((m) => m[1]!);
      const raw = [...source.matchAll(/sql`([^`]*)`/g)].flatMap((m) => [...m[1]!.matchAll(RAW_SQL)].map((r) => r[1]!));
      for (const table of [...named, ...raw]) {
        const by = owner.get(table);
        if (by && by !== name) foreign.push(`${relative(MODULES, file)}: ${table} (owned by ${by})`);
      }
    }
    expect(foreign).toEqual([]);
  });
});
