import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { randomIds, systemClock } from '../../clock.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { createActivityRecorder } from '../activity/activity.service.ts';
import { createTimebankRepository } from '../timebank/timebank.repository.ts';
import { escalateDueRequests } from './escalation.service.ts';

/** `npm run cli -- help escalate` and `npm run cli -- help ledger-check`. */
export function registerHelpCommands(program: Command): void {
  const help = program.command('help').description('Neighbourhood help and the time bank');

  help
    .command('escalate')
    .description(
      'Send requests that nobody answered in time to the neighbourhood team (safe to run any time, from anywhere)',
    )
    .option('--hours <n>', 'override HELP_ESCALATION_HOURS', (v) => Number(v))
    .action(async (options: { hours?: number }) => {
      const config = loadConfig();
      const database = openDatabase(config.database);
      try {
        await migrateToLatest(database.db);
        const escalated = await escalateDueRequests({
          db: database.db,
          clock: systemClock,
          escalationHours: options.hours ?? config.help.escalationHours,
          activity: createActivityRecorder({ clock: systemClock, ids: randomIds }),
        });
        console.log(`Escalated ${escalated} request(s) to the neighbourhood team.`);
      } finally {
        await database.close();
      }
    });

  help
    .command('ledger-check')
    .description('Check that the time-bank ledger sums to zero and every balance matches its entries')
    .action(async () => {
      const config = loadConfig();
      const database = openDatabase(config.database);
      try {
        const { total, mismatched } = await createTimebankRepository(database.db).audit();
        console.log(
          `Ledger total: ${total} minutes; accounts whose balance differs from their entries: ${mismatched.length}`,
        );
        if (total !== 0 || mismatched.length > 0) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
