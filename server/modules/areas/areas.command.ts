import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/** Below this many features a progress bar only flickers. */
const PROGRESS_FROM = 200;

/** `npm run cli -- areas import FILE [--dry-run]` */
export function registerAreasCommands(program: Command, cli: CliContext): void {
  const areas = program.command('areas').description('Municipality, districts (wijken) and neighbourhoods (buurten)');
  areas
    .command('import')
    .argument('<file>', 'GeoJSON FeatureCollection shaped like the CBS wijk- en buurtkaart (WGS84 or RD New)')
    .option('--dry-run', 'check the file and report what would change, without writing')
    .description('Import or update neighbourhoods, their districts and municipality. A bad file is refused whole.')
    .action(async (file: string, options: { dryRun?: boolean }) => {
      process.exitCode = await importFile(cli, file, options.dryRun ?? false);
    });
}

async function importFile(cli: CliContext, file: string, dryRun: boolean): Promise<number> {
  const { default: cliProgress } = await import('cli-progress');
  const { AreaImportError, describeIssue } = await import('./area-import.ts');
  const { createAreaImportService } = await import('./area-import.service.ts');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let barStarted = false;
  const progress = (phase: string) => (done: number, total: number) => {
    if (total < PROGRESS_FROM) return;
    if (!barStarted) {
      bar.start(total, 0, { phase });
      barStarted = true;
    }
    bar.setTotal(total);
    bar.update(done, { phase });
  };
  const started = performance.now();
  try {
    const summary = await cli.withPlatform((platform) =>
      createAreaImportService(platform).importText(text, {
        actorId: null,
        dryRun,
        onValidate: progress('checking'),
        onWrite: progress('writing '),
      }),
    );
    if (barStarted) bar.stop();
    const line = (label: string, c: { created: number; updated: number; unchanged: number }) =>
      `  ${label.padEnd(15)} ${String(c.created).padStart(6)} new  ${String(c.updated).padStart(6)} updated  ${String(c.unchanged).padStart(6)} unchanged`;
    console.log(
      `${dryRun ? 'Dry run — nothing written.' : 'Imported'} ${summary.features} features from ${file} (${summary.sourceCrs}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(line('municipalities', summary.municipalities));
    console.log(line('districts', summary.districts));
    console.log(line('neighbourhoods', summary.neighbourhoods));
    return 0;
  } catch (error) {
    if (barStarted) bar.stop();
    if (!(error instanceof AreaImportError)) throw error;
    console.error(
      `Refused ${file}; nothing was imported. ${error.issues.length === 50 ? 'The first 50 problems' : 'Problems'}:`,
    );
    for (const issue of error.issues) console.error(`  - ${describeIssue(issue)}`);
    return 1;
  }
}
