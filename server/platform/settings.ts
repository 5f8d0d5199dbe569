import type { AppConfig } from '../config.ts';
import { DEFAULT_MAIL_SETTINGS, type MailSettings } from '../mail.ts';
import type { LoginProviderSettings } from '../modules/accounts/login-providers/provider-settings.ts';
import type { InitiativesSettings } from '../modules/initiatives/initiatives.deps.ts';
import type { PicturesSettings } from '../modules/pictures/pictures.service.ts';

/** The settings modules read, from the environment (config.ts) or a test; every one has a default. */
export interface PlatformSettings {
  cookieSecure: boolean;
  sessionDays: number;
  publicUrl: string | undefined;
  /** Attempts per IP per window on log-in, registration, password and letter-code endpoints. */
  authRateLimit: { max: number; timeWindow: number };
  /** Show the demo log-ins (GET /demo-accounts). */
  demoCredentials: boolean;
  /** MAP_TILE_URL, for the web app's map (GET /map-settings). */
  mapTileUrl: string | undefined;
  /** Hours before an unanswered help request escalates; how far below zero a time balance may go. */
  help: { escalationHours: number; balanceLimitHours: number };
  /** The support threshold, the response deadline and the reminder window. */
  initiatives: InitiativesSettings;
  /** The monitor's rolling window in days and its privacy minimum (docs/monitor.md). */
  monitor: { windowDays: number; minResidents: number };
  /** The mail server (SMTP_*, none by default) and the sender (MAIL_FROM). */
  mail: MailSettings;
  /** OpenID Connect providers to log in with (OIDC_<n>_*); their callbacks need `publicUrl`. */
  loginProviders: readonly LoginProviderSettings[];
  /** Where pictures are kept (PICTURES_DIR) and the largest upload (PICTURE_MAX_BYTES). */
  pictures: PicturesSettings;
}

export const DEFAULT_SETTINGS: PlatformSettings = {
  cookieSecure: false,
  sessionDays: 14,
  publicUrl: undefined,
  authRateLimit: { max: 10, timeWindow: 60_000 },
  demoCredentials: false,
  mapTileUrl: undefined,
  help: { escalationHours: 48, balanceLimitHours: 20 },
  initiatives: { supportThreshold: 50, responseDeadlineDays: 42, responseDueSoonDays: 7 },
  monitor: { windowDays: 90, minResidents: 10 },
  mail: DEFAULT_MAIL_SETTINGS,
  loginProviders: [],
  pictures: { directory: './data/pictures', maxBytes: 10 * 1_048_576 },
};

/** The settings from the environment (config.ts), the same for the server and the CLI. */
export function settingsFromConfig(config: AppConfig): PlatformSettings {
  return {
    ...DEFAULT_SETTINGS,
    cookieSecure: config.cookieSecure,
    sessionDays: config.sessionDays,
    publicUrl: config.publicUrl,
    demoCredentials: config.demo,
    mapTileUrl: config.mapTileUrl,
    help: config.help,
    initiatives: config.initiatives,
    monitor: config.monitor,
    mail: config.mail,
    loginProviders: config.loginProviders,
    pictures: config.pictures,
  };
}
