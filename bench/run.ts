import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

// `npm run bench [name] [--postgres]`: runs every bench/*.bench.ts (or those whose name contains the
// argument) one after another, each in its own process, and prints their figures. --postgres starts
// a throwaway PostgreSQL cluster (as `npm test` does) and hands it to the benches as
// BENCH_POSTGRES_URL, so those that can also measure on PostgreSQL; a BENCH_POSTGRES_URL already set wins.
const args = process.argv.slice(2);
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';
const env = { ...process.env };
let stopCluster: (() => void) | undefined;
if (args.includes('--postgres') && !env.BENCH_POSTGRES_URL) {
  const { default: startCluster } = await import('../test/support/postgres-cluster.ts');
  stopCluster = await startCluster({
    provide: (_key: string, url: string) => (env.BENCH_POSTGRES_URL = url),
  } as unknown as TestProject);
}
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
let failed = 0;
try {
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const result = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit', env });
    if (result.status !== 0) failed += 1;
  }
} finally {
  stopCluster?.();
}
process.exit(failed > 0 ? 1 : 0);
