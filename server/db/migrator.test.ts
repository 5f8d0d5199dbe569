import { expect, test } from 'vitest';
import { migrations } from './migrations/index.ts';

// The migrator orders migrations by plain code-unit order of their names (not localeCompare):
// that is their order as long as each name starts with its own zero-padded number.
test('every migration name starts with its own four-digit number, so code-unit order is their order', () => {
  const names = Object.keys(migrations);
  for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
  expect(new Set(names.map((name) => name.slice(0, 4))).size).toBe(names.length);
});
