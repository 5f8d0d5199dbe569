import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// The app loads the CSS of each Utrecht component it uses (web/app/components.css), not the whole
// library: a page that starts using another component must add its stylesheet there.
const webRoot = new URL('..', import.meta.url).pathname;
const modules = new URL('../../node_modules/@utrecht/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|css|html)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

test('every Utrecht component used in the web app has its stylesheet in components.css', () => {
  const used = new Set<string>();
  for (const file of sources(webRoot)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/utrecht-([a-z0-9-]+)/g)) {
      const component = match[1]!.replace(/(__|--).*$/, '');
      // Design tokens (utrecht-link-color, …) have no package of their own; components do.
      if (existsSync(join(modules, `${component}-css`, 'dist', 'index.css'))) used.add(component);
    }
  }
  const imported = new Set(
    [...readFileSync(join(webRoot, 'app', 'components.css'), 'utf8').matchAll(/@utrecht\/([a-z0-9-]+)-css\//g)].map(
      (m) => m[1]!,
    ),
  );
  expect(used.size).toBeGreaterThan(20);
  expect([...used].filter((component) => !imported.has(component)).sort()).toEqual([]);
});
