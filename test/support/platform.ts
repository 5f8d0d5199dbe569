import type { Clock, IdGenerator } from '../../server/clock.ts';
import type { Db } from '../../server/db/database.ts';
import { composeModules } from '../../server/platform/compose.ts';
import type { Platform } from '../../server/platform/module.ts';
import { registry } from '../../server/platform/registry.ts';
import { DEFAULT_SETTINGS, type PlatformSettings } from '../../server/platform/settings.ts';

const quiet: Platform['log'] = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
} as Platform['log'];

/** Every module built on a test database, as the CLI and the jobs get them. */
export async function testPlatform(
  t: { db: Db; clock: Clock; ids: IdGenerator },
  settings: Partial<PlatformSettings> = {},
): Promise<Platform> {
  const { platform } = await composeModules(
    {
      db: t.db,
      clock: t.clock,
      ids: t.ids,
      log: quiet,
      settings: { ...DEFAULT_SETTINGS, ...settings },
    },
    registry,
  );
  return platform;
}
