import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

// Every text, the sections that load with their module's pages included.
const { nl, en } = messages;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

describe('translations', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keysOf(nl)) {
      expect(placeholdersOf(String(valueAt(en, key))), key).toEqual(placeholdersOf(String(valueAt(nl, key))));
    }
  });

  it('has no empty texts', () => {
    for (const key of keysOf(nl)) {
      expect(String(valueAt(nl, key)).trim(), `nl ${key}`).not.toBe('');
      expect(String(valueAt(en, key)).trim(), `en ${key}`).not.toBe('');
    }
  });
});
