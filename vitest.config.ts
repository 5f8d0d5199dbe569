import { defineConfig } from 'vitest/config';

// Three projects: pure logic once, and every database test on each dialect.
// `*.db.test.ts` files get a fresh database from `test/support/test-db.ts`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'contracts/**/*.test.ts', 'web/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sqlite',
          include: ['server/**/*.db.test.ts'],
          env: { TEST_DB: 'sqlite' },
          testTimeout: 20_000,
          // Building a test city in beforeAll can take longer than Vitest's 10 s on a busy 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: ['server/**/*.db.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['test/support/postgres-cluster.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Real-browser journeys (e2e/harness.ts): one server and one Chromium per file, files one by one.
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
