import { resolve } from 'node:path';
import * as z from 'zod';
import { parseMailSettings, type MailSettings } from './mail.ts';
import {
  parseLoginProviders,
  type LoginProviderSettings,
} from './modules/accounts/login-providers/provider-settings.ts';

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().default('./data/wakkere-stad.sqlite'),
  WAKKERE_STAD_DEMO: booleanFlag.default(true),
  WAKKERE_STAD_DEMO_FORCE: booleanFlag.default(false),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  COOKIE_SECURE: booleanFlag.optional(),
  TRUST_PROXY: booleanFlag.default(false),
  MAP_TILE_URL: z.string().optional(),
  HELP_ESCALATION_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(48),
  TIMEBANK_BALANCE_LIMIT_HOURS: z.coerce.number().min(0).max(1000).multipleOf(0.25).default(20),
  SUPPORT_THRESHOLD: z.coerce.number().int().min(1).max(1_000_000).default(50),
  RESPONSE_DEADLINE_DAYS: z.coerce.number().int().min(1).max(365).default(42),
  RESPONSE_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(365).default(7),
  MONITOR_WINDOW_DAYS: z.coerce.number().int().min(7).max(365).default(90),
  MONITOR_MIN_RESIDENTS: z.coerce.number().int().min(5).max(1000).default(10),
  PICTURES_DIR: z.string().min(1).default('./data/pictures'),
  PICTURE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(100_000)
    .max(100 * 1_048_576)
    .default(10 * 1_048_576),
});

export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; connectionString: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  demo: boolean;
  /** WAKKERE_STAD_DEMO_FORCE: run the demo on a public https address anyway (a public demo site). */
  demoForced: boolean;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  sessionDays: number;
  /** Secure cookies need HTTPS; on by default unless the public URL is plain http. */
  cookieSecure: boolean;
  trustProxy: boolean;
  mapTileUrl: string | undefined;
  /** Neighbourhood help: unanswered requests escalate after `escalationHours`; time balances may go down to minus `balanceLimitHours`. */
  help: { escalationHours: number; balanceLimitHours: number };
  /** Initiatives: supports after which the municipality owes a public response, the days it has, and when reminders start. */
  initiatives: { supportThreshold: number; responseDeadlineDays: number; responseDueSoonDays: number };
  /** The monitor's rolling window (changing it needs `monitor rebuild`), and the fewest residents a shown figure may rest on. */
  monitor: { windowDays: number; minResidents: number };
  /** The mail server (SMTP_URL or SMTP_HOST …) and the sender (MAIL_FROM); without SMTP, mails stay in the outbox. */
  mail: MailSettings;
  /** OpenID Connect providers residents and staff may log in with (OIDC_<n>_* variables); none by default. */
  loginProviders: LoginProviderSettings[];
  /** Pictures: the folder of the disk store (PICTURES_DIR) and the largest upload in bytes (PICTURE_MAX_BYTES). */
  pictures: { directory: string; maxBytes: number };
}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', connectionString: url };
  if (url === ':memory:') return { dialect: 'sqlite', file: url };
  return { dialect: 'sqlite', file: resolve(url.replace(/^(sqlite|file):(\/\/)?/, '')) };
}

/** Reads the environment once; an invalid value stops the start with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const mail = parseMailSettings(env, e.PUBLIC_URL);
  if (mail.mail.smtp && !e.PUBLIC_URL) mail.problems.push('PUBLIC_URL: required with SMTP (the links in mails)');
  if (mail.problems.length > 0)
    throw new Error(`Invalid configuration:\n${mail.problems.map((p) => `  ${p}`).join('\n')}`);
  const login = parseLoginProviders(env);
  if (login.providers.length > 0 && !e.PUBLIC_URL)
    login.problems.push(
      'PUBLIC_URL: required with OIDC providers (their callback is PUBLIC_URL/api/v1/login-providers/<id>/callback)',
    );
  if (login.problems.length > 0)
    throw new Error(`Invalid configuration:\n${login.problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL),
    demo: e.WAKKERE_STAD_DEMO,
    demoForced: e.WAKKERE_STAD_DEMO_FORCE,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? e.PUBLIC_URL?.startsWith('https://') ?? false,
    trustProxy: e.TRUST_PROXY,
    mapTileUrl: e.MAP_TILE_URL,
    help: { escalationHours: e.HELP_ESCALATION_HOURS, balanceLimitHours: e.TIMEBANK_BALANCE_LIMIT_HOURS },
    initiatives: {
      supportThreshold: e.SUPPORT_THRESHOLD,
      responseDeadlineDays: e.RESPONSE_DEADLINE_DAYS,
      responseDueSoonDays: e.RESPONSE_DUE_SOON_DAYS,
    },
    monitor: { windowDays: e.MONITOR_WINDOW_DAYS, minResidents: e.MONITOR_MIN_RESIDENTS },
    mail: mail.mail,
    loginProviders: login.providers,
    pictures: { directory: resolve(e.PICTURES_DIR), maxBytes: e.PICTURE_MAX_BYTES },
  };
}

/** An https address other than this computer: where residents would take the site for the real thing. */
export function isPublicHttps(url: string | undefined): boolean {
  if (!url) return false;
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'https:') return false;
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return !(host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host));
}

const DEMO_HELP =
  'For a real installation set WAKKERE_STAD_DEMO=false, start on an empty database and create the first administrator ' +
  'with `npm run cli -- accounts create-admin EMAIL`. For a public demo site set WAKKERE_STAD_DEMO_FORCE=true.';

/**
 * A demo database must never pass for a real one: demo mode (seeding Wakkerdam, showing log-ins
 * whose passwords are published) is refused on a public https PUBLIC_URL unless forced.
 */
export function demoRefusal(config: Pick<AppConfig, 'demo' | 'demoForced' | 'publicUrl'>): string | undefined {
  if (!config.demo || config.demoForced || !isPublicHttps(config.publicUrl)) return undefined;
  return (
    `Refusing to start in demo mode on the public address ${config.publicUrl}: WAKKERE_STAD_DEMO is on (the default), ` +
    `which seeds the demo municipality Wakkerdam and shows demo log-ins with published passwords. ${DEMO_HELP}`
  );
}

/** The same when demo mode is off but the database still holds the demo accounts (seeded earlier). */
export function demoDatabaseRefusal(config: Pick<AppConfig, 'demoForced' | 'publicUrl'>): string | undefined {
  if (config.demoForced || !isPublicHttps(config.publicUrl)) return undefined;
  return (
    `Refusing to start on the public address ${config.publicUrl}: this database holds the demo municipality's accounts, ` +
    `whose passwords are published. ${DEMO_HELP}`
  );
}
