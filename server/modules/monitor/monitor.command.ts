import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/** `npm run cli -- monitor rebuild`. */
export function registerMonitorCommands(program: Command, cli: CliContext): void {
  const monitor = program.command('monitor').description('The community-power monitor');

  monitor
    .command('rebuild')
    .description(
      'Compute every figure again from the whole activity log (after changing MONITOR_WINDOW_DAYS, or to check the job); the job keeps them up to date otherwise',
    )
    .action(async () => {
      const { SingleBar, Presets } = await import('cli-progress');
      const { createMonitorJobOf } = await import('./monitor.parts.ts');
      const bar = new SingleBar(
        { format: ' {step} [{bar}] {value}/{total}', hideCursor: true },
        Presets.shades_classic,
      );
      let current: string | null = null;
      const started = Date.now();
      const report = await cli.withPlatform((platform) =>
        createMonitorJobOf(platform).rebuild((step, done, total) => {
          const label = step === 'fold' ? 'days folded   ' : 'dates computed';
          if (current !== step) {
            if (current !== null) bar.stop();
            bar.start(total, 0, { step: label });
            current = step;
          }
          bar.update(done, { step: label });
        }),
      );
      bar.stop();
      console.log(
        `Folded ${report.foldedDays} days and computed ${report.computedDates.length} dates in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    });
}
