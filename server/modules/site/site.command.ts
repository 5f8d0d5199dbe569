import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/**
 * `npm run cli -- site design-tokens FILE` and `--clear`: a municipality's NL Design System tokens
 * file (say, from its theme package in node_modules) as the site's look, without the web form.
 * The same checks as the API: plain CSS values only, contrast pairs at WCAG AA.
 */
export function registerSiteCommands(program: Command, cli: CliContext): void {
  const site = program.command('site').description("The municipality's identity: name, colours, logo, design tokens");
  site
    .command('design-tokens')
    .argument('[file]', 'a design-tokens JSON file (Style Dictionary or W3C format)')
    .option('--clear', 'stop using design tokens')
    .description('Use a NL Design System tokens file for the site (replaces the tokens set before).')
    .action(async (file: string | undefined, options: { clear?: boolean }) => {
      process.exitCode = await designTokens(cli, file, options.clear ?? false);
    });
}

async function designTokens(cli: CliContext, file: string | undefined, clear: boolean): Promise<number> {
  const { createSiteService } = await import('./site.service.ts');
  const { ProblemError } = await import('../../http/problem.ts');
  if (!clear && !file) {
    console.error('Give a tokens file, or --clear.');
    return 1;
  }
  let tokens: Record<string, unknown> = {};
  if (file) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      tokens = parsed as Record<string, unknown>;
    } catch (error) {
      console.error(`Cannot read ${file} as a tokens file: ${(error as Error).message}`);
      return 1;
    }
  }
  try {
    return await cli.withPlatform(async ({ db, clock, audit }) => {
      const site = createSiteService({ db, clock, audit });
      if (clear) {
        await site.clearDesignTokensAsOperator();
        console.log('Design tokens are no longer used.');
        return 0;
      }
      const { identity, skipped } = await site.setDesignTokensAsOperator(tokens);
      console.log(`${identity.designTokens} design tokens in use (${identity.themeUrl}).`);
      for (const token of skipped) console.log(`  left out ${token.name}: ${token.reason}`);
      return 0;
    });
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    console.error(error.detail);
    for (const param of error.invalidParams ?? []) console.error(`  ${param.name}: ${param.reason}`);
    return 1;
  }
}
