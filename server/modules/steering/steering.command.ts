import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/** `npm run cli -- steering advise`. */
export function registerSteeringCommands(program: Command, cli: CliContext): void {
  const steering = program.command('steering').description('Layered steering: public tasks and advice');
  steering
    .command('advise')
    .description(
      'Compute the advice for every public task and every initiative with public work now (the job does it hourly)',
    )
    .action(async () => {
      const { createSteeringServices, steeringDepsOf } = await import('./steering.parts.ts');
      const computed = await cli.withPlatform((platform) =>
        createSteeringServices(steeringDepsOf(platform)).advice.recomputeAll(),
      );
      console.log(`Computed the advice for ${computed} subjects.`);
    });
}
