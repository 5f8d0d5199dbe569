import { messages } from '../../lib/i18n/messages.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions } from './audit-words.ts';

const { nl, en } = messages;

function lookup(bundle: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
}

describe('audit actions', () => {
  it.each(auditActions)('%s has words in Dutch and English', (action) => {
    expect(typeof lookup(nl, `audit.actions.${action}`)).toBe('string');
    expect(typeof lookup(en, `audit.actions.${action}`)).toBe('string');
  });
});

describe('the list of actions', () => {
  it('holds every action the server records (literal action names in its audit calls)', () => {
    const root = new URL('../../../server/modules/', import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('demo'),
    );
    const recorded = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      if (!text.includes('audit(')) continue;
      for (const match of text.matchAll(/action: '([a-z_]+\.[a-z_.-]+)'/g)) recorded.add(match[1]!);
    }
    expect(recorded.size).toBeGreaterThan(20);
    const known: readonly string[] = auditActions;
    expect([...recorded].filter((action) => !known.includes(action)).sort()).toEqual([]);
  });
});
