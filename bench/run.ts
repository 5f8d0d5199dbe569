import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

// `npm run bench [name]`: runs every bench/*.bench.ts (or those whose name contains the argument)
// one after another, each in its own process, and prints their figures.
const filter = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
