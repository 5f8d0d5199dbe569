// `npm run cli -- …`: builds the server bundle if a source changed, then runs the compiled CLI in
// this process. Build lines go to stderr and only when it builds, so the output stays the command's.
import { buildOrExit } from './build.mjs';

await buildOrExit(['server'], { log: console.error, quiet: true });
process.setSourceMapsEnabled(true);
await import('../dist/server/cli.js');
