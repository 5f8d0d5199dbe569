import type { Command } from 'commander';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock, IdGenerator } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { PersonalDataSource } from '../modules/accounts/privacy.ts';
import type { NotificationKindDefinition } from '../modules/notifications/notification-kinds.ts';
import type { ActivityRecorder } from '../modules/activity/activity.service.ts';
import type { AuditWriter } from '../modules/audit/audit.service.ts';
import type { GeneratorStep } from './demo/generator.ts';
import type { Ports } from './ports.ts';
import type { PlatformSettings } from './settings.ts';

/** A periodic job, bound to its module's services; the runner leases it, so one instance runs it per tick. */
export type { Job } from './jobs/job-runner.ts';
import type { Job } from './jobs/job-runner.ts';

/** What every module is built from: shared infrastructure, settings and the ports other modules publish. */
export interface Platform {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  audit: AuditWriter;
  activity: ActivityRecorder;
  settings: PlatformSettings;
  /**
   * The ports modules publish for each other, looked up when used (so a port may be used by a module
   * listed before its provider, as long as it is not called while modules are being built).
   */
  ports: Ports;
  /** Every module's personal-data source, complete once all modules are built. */
  personalData: readonly PersonalDataSource[];
  /** Every module's kinds of notification, complete once all modules are built. */
  notificationKinds: readonly NotificationKindDefinition[];
}

/** What a module gives the platform. Every part is optional. */
export interface ModuleParts {
  /** Routes under /api/v1. */
  routes?: FastifyPluginAsyncZod;
  /** Routes outside the versioned API (health probes). */
  unversionedRoutes?: FastifyPluginAsyncZod;
  jobs?: readonly Job[];
  personalData?: readonly PersonalDataSource[];
  /** The kinds of notification this module sends through the `notifications` port (`defineNotificationKinds`). */
  notificationKinds?: readonly NotificationKindDefinition[];
  /** The ports this module offers other modules. */
  ports?: Partial<Ports>;
  /**
   * Rewrites the web app's index.html for one page before it is sent (the site module: the
   * identity and the page's share preview, which crawlers read without running JavaScript).
   */
  indexHtml?(html: string, request: FastifyRequest): Promise<string>;
  /** Called when the app closes, before the database does. */
  onClose?(): Promise<void>;
}

/** How a command reaches the platform: opened from the same configuration as the server. */
export interface CliContext {
  /** Opens the database (DATABASE_URL), applies migrations, builds every module, runs `use`, closes. */
  withPlatform<T>(use: (platform: Platform) => Promise<T>): Promise<T>;
  /** The demo generator's steps, from every module in registry order. */
  demoSteps(): Promise<GeneratorStep[]>;
}

/** Declares a module's commands on the CLI's program. */
export type RegisterCommands = (program: Command, cli: CliContext) => void;

/** One module: listed once in `registry.ts`, read by the app, the job runner, the CLI and the demo generator. */
export interface ModuleDefinition {
  name: string;
  /** Builds the module; it may import its code here, which keeps the registry cheap to load. */
  create(platform: Platform): ModuleParts | Promise<ModuleParts>;
  /**
   * `npm run cli -- <command>`: loads the module's command declarations (its `*.command.ts`), e.g.
   * `loadCommands: async () => (await import('./x.command.ts')).registerXCommands`. Only the CLI
   * calls it, so the server never loads command code or commander. The declarations build nothing,
   * so `--help` stays instant; a command's action imports the code it runs.
   */
  loadCommands?(): Promise<RegisterCommands>;
  /** Steps of the demo generator, run in registry order (loaded only when the generator runs). */
  demoSteps?(): Promise<readonly GeneratorStep[]>;
}

export function defineModule(definition: ModuleDefinition): ModuleDefinition {
  return definition;
}
