import { demoDatabaseRefusal, demoRefusal, loadConfig } from './config.ts';
import { randomIds, systemClock } from './clock.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { createApp } from './app.ts';
import { holdsDemoAccounts, seedDemoIfEmpty } from './modules/demo/demo.seed.ts';
import { createJobRunner, defaultInstanceId } from './platform/jobs/job-runner.ts';
import { demoStepsOf, registry } from './platform/registry.ts';

const config = loadConfig();
/** How long after start-up the periodic jobs first run. */
const JOBS_FIRST_RUN_AFTER_MS = 5_000;
const demoOnPublicUrl = demoRefusal(config);
if (demoOnPublicUrl) {
  console.error(demoOnPublicUrl);
  process.exit(1);
}
const database = openDatabase(config.database);
const applied = await migrateToLatest(database.db);
const demoDatabase = demoDatabaseRefusal(config);
if (demoDatabase && (await holdsDemoAccounts(database.db))) {
  console.error(demoDatabase);
  await database.close();
  process.exit(1);
}

const { app, jobs } = await createApp({
  db: database.db,
  clock: systemClock,
  ids: randomIds,
  logger: { level: config.logLevel },
  cookieSecure: config.cookieSecure,
  trustProxy: config.trustProxy,
  sessionDays: config.sessionDays,
  publicUrl: config.publicUrl,
  webRoot: 'dist/web',
  demoCredentials: config.demo,
  mapTileOrigin: config.mapTileUrl ? new URL(config.mapTileUrl.replace(/\{[a-z]\}/g, '0')).origin : undefined,
  mapTileUrl: config.mapTileUrl,
  help: config.help,
  initiatives: config.initiatives,
  monitor: config.monitor,
  mail: config.mail,
  loginProviders: config.loginProviders,
  pictures: config.pictures,
  modules: registry,
});
if (applied.length > 0) app.log.info({ migrations: applied }, 'applied migrations');
if (config.demo) {
  const seeded = await seedDemoIfEmpty(database.db, systemClock.now(), () => demoStepsOf(registry));
  if (seeded)
    app.log.info(
      { residents: seeded.residents, rows: seeded.rows },
      'seeded the demo municipality Wakkerdam (WAKKERE_STAD_DEMO=false starts empty)',
    );
}

const runner = createJobRunner(jobs, {
  db: database.db,
  clock: systemClock,
  log: app.log,
  instanceId: defaultInstanceId(),
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  await runner.stop();
  // close() stops accepting connections and waits for in-flight requests to finish.
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const address = await app
  .listen({ port: config.port, host: config.host })
  .catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(
      `Port ${config.port} is already in use. Stop the other program or start with another port, e.g. PORT=3001 npm start`,
    );
    await database.close();
    process.exit(1);
  });
const shown = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
app.log.info({ address }, `Wakkere Stad listens on http://localhost:${new URL(address).port} (database: ${shown})`);
// The periodic jobs start a few seconds after the server answers, so their first runs (each catches
// up on what happened while it was down, which can keep the CPU busy) do not hold up start-up or the
// readiness check.
runner.start(JOBS_FIRST_RUN_AFTER_MS);
