import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { randomIds, systemClock } from '../../clock.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { runInitiativeReminders } from './initiatives.jobs.ts';

/** `npm run cli -- initiatives remind`. */
export function registerInitiativesCommands(program: Command): void {
  const initiatives = program.command('initiatives').description('Initiatives and the municipality’s response duty');

  initiatives
    .command('remind')
    .description(
      'Open response duties above the support threshold and remind civil servants of due-soon and overdue responses (idempotent: safe to run any time, from anywhere)',
    )
    .action(async () => {
      const config = loadConfig();
      const database = openDatabase(config.database);
      try {
        await migrateToLatest(database.db);
        const run = await runInitiativeReminders(database.db, systemClock, randomIds, config.initiatives);
        console.log(`Response duties opened: ${run.dutiesOpened}; reminders sent: ${run.notificationsSent}.`);
      } finally {
        await database.close();
      }
    });
}
