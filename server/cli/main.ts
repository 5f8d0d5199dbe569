import { Command } from 'commander';
import { registerAreasCommands } from '../modules/areas/areas.command.ts';
import { registerBudgetCommands } from '../modules/budgeting/results/budget-count.command.ts';
import { registerDemoCommands } from '../modules/demo/demo.command.ts';
import { registerHelpCommands } from '../modules/help/help.command.ts';
import { registerInitiativesCommands } from '../modules/initiatives/initiatives.command.ts';

/**
 * `npm run cli -- <command>`: each module registers its own commands here.
 * Commands open the database from the same configuration as the server (DATABASE_URL).
 */
const program = new Command('wakkere-stad').description('Wakkere Stad command-line tools');

const registrations: Array<(program: Command) => void> = [];
registrations.push(registerAreasCommands);
registrations.push(registerBudgetCommands);
registrations.push(registerDemoCommands);
registrations.push(registerHelpCommands);
registrations.push(registerInitiativesCommands);

for (const register of registrations) register(program);

await program.parseAsync(process.argv);
