import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/** `npm run cli -- initiatives remind`. */
export function registerInitiativesCommands(program: Command, cli: CliContext): void {
  const initiatives = program.command('initiatives').description('Initiatives and the municipality’s response duty');

  initiatives
    .command('remind')
    .description(
      'Open response duties above the support threshold and remind civil servants of due-soon and overdue responses (idempotent: safe to run any time, from anywhere)',
    )
    .action(async () => {
      const { initiativesDepsOf } = await import('./initiatives.parts.ts');
      const { createReminderJob } = await import('./support/reminders.ts');
      const run = await cli.withPlatform((platform) => createReminderJob(initiativesDepsOf(platform))());
      console.log(`Response duties opened: ${run.dutiesOpened}; reminders sent: ${run.notificationsSent}.`);
    });
}
