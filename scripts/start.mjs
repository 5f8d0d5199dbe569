// `npm start`: builds what changed (scripts/build.mjs), then runs the compiled server in this process.
import { buildOrExit } from './build.mjs';

await buildOrExit(['server', 'web']);
process.setSourceMapsEnabled(true);
await import('../dist/server/main.js');
