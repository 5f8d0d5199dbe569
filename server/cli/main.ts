import { Command } from 'commander';
import { randomIds, systemClock } from '../clock.ts';
import type { CliContext, Platform } from '../platform/module.ts';
import { demoStepsOf, registry } from '../platform/registry.ts';

/**
 * `npm run cli -- <command>`: every module in the registry registers its own commands. A command
 * that needs the database gets the platform built from the same configuration as the server
 * (DATABASE_URL), with migrations applied; nothing is opened for `--help`.
 */
const log: Platform['log'] = {
  info: (...args: unknown[]) => console.error(...args),
  warn: (...args: unknown[]) => console.error(...args),
  error: (...args: unknown[]) => console.error(...args),
} as Platform['log'];

const cli: CliContext = {
  demoSteps: () => demoStepsOf(registry),
  async withPlatform(use) {
    // Loaded here, not at the top: `--help` and commands without a database never pay for them.
    const { loadConfig } = await import('../config.ts');
    const { openDatabase } = await import('../db/database.ts');
    const { migrateToLatest } = await import('../db/migrator.ts');
    const { composeModules } = await import('../platform/compose.ts');
    const { settingsFromConfig } = await import('../platform/settings.ts');
    const config = loadConfig();
    const database = openDatabase(config.database);
    try {
      await migrateToLatest(database.db);
      const { platform } = await composeModules(
        {
          db: database.db,
          clock: systemClock,
          ids: randomIds,
          log,
          settings: settingsFromConfig(config),
        },
        registry,
      );
      return await use(platform);
    } finally {
      await database.close();
    }
  },
};

const program = new Command('wakkere-stad').description('Wakkere Stad command-line tools');
// Every module's command declarations load side by side, then register in registry order.
const registrations = await Promise.all(registry.map((module) => module.loadCommands?.()));
for (const register of registrations) register?.(program, cli);
await program.parseAsync(process.argv);
