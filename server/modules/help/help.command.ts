import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/** `npm run cli -- help escalate`. */
export function registerHelpCommands(program: Command, cli: CliContext): void {
  const help = program.command('help').description('Neighbourhood help');

  help
    .command('escalate')
    .description(
      'Send requests that nobody answered in time to the neighbourhood team (safe to run any time, from anywhere)',
    )
    .option('--hours <n>', 'override HELP_ESCALATION_HOURS', (v) => Number(v))
    .action(async (options: { hours?: number }) => {
      const { escalateDueRequests } = await import('./requests/escalation.service.ts');
      const { helpDepsOf } = await import('./help.parts.ts');
      const escalated = await cli.withPlatform((platform) => {
        const deps = helpDepsOf(platform);
        return escalateDueRequests({ ...deps, escalationHours: options.hours ?? deps.escalationHours });
      });
      console.log(`Escalated ${escalated} request(s) to the neighbourhood team.`);
    });
}
