import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';

/**
 * `npm run cli -- accounts create-admin EMAIL [--name NAME]`: the first administrator of a real
 * installation. The password-set link goes to this terminal (stdout), which is not a log; the
 * server never logs it.
 */
export function registerAccountsCommands(program: Command, cli: CliContext): void {
  const accounts = program.command('accounts').description('Accounts and roles');

  accounts
    .command('create-admin')
    .description(
      'Give EMAIL the municipality-wide administrator role; when no account uses EMAIL yet, create one and print a one-time link to set its password',
    )
    .argument('<email>', 'the e-mail address of the administrator')
    .option('--name <name>', 'display name of a new account', 'Beheerder')
    .action(async (rawEmail: string, options: { name: string }) => {
      const { LoginSchema, RegisterSchema } = await import('../../../contracts/accounts.ts');
      const email = LoginSchema.shape.email.safeParse(rawEmail);
      if (!email.success) {
        console.error(`Not a valid e-mail address: "${rawEmail}". Nothing was changed.`);
        process.exitCode = 1;
        return;
      }
      const name = RegisterSchema.shape.displayName.safeParse(options.name);
      if (!name.success) {
        console.error(`Not a valid display name: "${options.name}" (${name.error.issues[0]?.message ?? 'invalid'}).`);
        process.exitCode = 1;
        return;
      }
      const { createFirstAdministrator, PASSWORD_LINK_HOURS } = await import('./first-admin.service.ts');
      const { result, publicUrl } = await cli.withPlatform(async (platform) => ({
        result: await createFirstAdministrator(platform, { email: email.data, displayName: name.data }),
        publicUrl: platform.settings.publicUrl,
      }));
      const said = {
        created: `Created the account ${email.data} with the administrator role (whole municipality).`,
        granted: `Gave ${email.data} the administrator role (whole municipality).`,
        'already-administrator': `${email.data} is already an administrator for the whole municipality; nothing changed.`,
      };
      console.log(said[result.outcome]);
      if (result.passwordToken) {
        console.log(
          `Set its password within ${PASSWORD_LINK_HOURS} hours (the link works once; run this command again for a new one):`,
        );
        console.log(`  ${publicUrl ?? ''}/wachtwoord-herstellen#${result.passwordToken}`);
        if (!publicUrl) console.log('  (PUBLIC_URL is not set: put the address of the site in front.)');
      }
    });
}
