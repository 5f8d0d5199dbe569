import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain ES module shared with web/first-load.test.ts, without types
import { BUDGET, buildWebInto, firstLoad } from '../scripts/web-budget.mjs';

// The home page's first load (issue 15): what index.html makes a first visitor download, raw,
// gzip and brotli (the server sends the brotli copies the build writes), from a production build,
// beside the budget and beside what the issue measured before this work.
interface Sizes {
  files: { file: string; kind: 'js' | 'css'; raw: number; gzip: number; brotli: number }[];
  js: { raw: number; gzip: number; brotli: number };
  css: { raw: number; gzip: number; brotli: number };
}
const BEFORE = { js: 789 * 1024, css: 542 * 1024 }; // uncompressed, as issue 15 found them

const dir = mkdtempSync(join(tmpdir(), 'ws-bench-web-'));
try {
  await buildWebInto(dir);
  const sizes = firstLoad(dir) as Sizes;
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10);
  console.log('First load of the home page (production build)');
  console.log(`${'file'.padEnd(44)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
  for (const file of sizes.files)
    console.log(`${file.file.padEnd(44)}${kB(file.raw)}${kB(file.gzip)}${kB(file.brotli)}`);
  for (const kind of ['js', 'css'] as const) {
    const total = sizes[kind];
    const budget = kind === 'js' ? BUDGET.jsBrotli : BUDGET.cssBrotli;
    console.log(
      `${`all ${kind === 'js' ? 'JavaScript' : 'CSS'}`.padEnd(44)}${kB(total.raw)}${kB(total.gzip)}${kB(total.brotli)}` +
        `   budget ${kB(budget).trim()} brotli; before this work ${kB(BEFORE[kind]).trim()} sent uncompressed`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
