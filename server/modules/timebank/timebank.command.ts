import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/** `npm run cli -- timebank ledger-check`. */
export function registerTimebankCommands(program: Command, cli: CliContext): void {
  const timebank = program.command('timebank').description('The time bank');

  timebank
    .command('ledger-check')
    .description('Check that the time-bank ledger sums to zero and every balance matches its entries')
    .action(async () => {
      const { createTimebankRepository } = await import('./timebank.repository.ts');
      const { total, mismatched } = await cli.withPlatform((platform) => createTimebankRepository(platform.db).audit());
      console.log(
        `Ledger total: ${total} minutes; accounts whose balance differs from their entries: ${mismatched.length}`,
      );
      if (total !== 0 || mismatched.length > 0) process.exitCode = 1;
    });
}
