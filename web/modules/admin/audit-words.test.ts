import { describe, expect, it } from 'vitest';
import en from '../../lib/i18n/en.json' with { type: 'json' };
import nl from '../../lib/i18n/nl.json' with { type: 'json' };
import { auditActions } from './audit-words.ts';

function lookup(bundle: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);
}

describe('audit actions', () => {
  it.each(auditActions)('%s has words in Dutch and English', (action) => {
    expect(typeof lookup(nl, `audit.actions.${action}`)).toBe('string');
    expect(typeof lookup(en, `audit.actions.${action}`)).toBe('string');
  });
});
