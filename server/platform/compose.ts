import type { PersonalDataSource } from '../modules/accounts/privacy.ts';
import type { NotificationKindDefinition } from '../modules/notifications/notification-kinds.ts';
import { createActivityRecorder } from '../modules/activity/activity.service.ts';
import { createAuditWriter } from '../modules/audit/audit.service.ts';
import type { ModuleDefinition, ModuleParts, Platform } from './module.ts';
import { createPortsView } from './ports.ts';

export type PlatformBase = Omit<Platform, 'ports' | 'personalData' | 'notificationKinds' | 'audit' | 'activity'>;

export interface ComposedModule {
  name: string;
  parts: ModuleParts;
}

/** Builds every module of the registry, in order, on one platform; their ports become visible to all. */
export async function composeModules(
  base: PlatformBase,
  registry: readonly ModuleDefinition[],
): Promise<{ platform: Platform; modules: ComposedModule[] }> {
  const view = createPortsView();
  const personalData: PersonalDataSource[] = [];
  const notificationKinds: NotificationKindDefinition[] = [];
  const platform: Platform = {
    ...base,
    audit: createAuditWriter(base),
    activity: createActivityRecorder({
      clock: base.clock,
      ids: base.ids,
      homeAreaOf: (db, accountId) => view.ports.accounts.homeAreaOf(db, accountId),
    }),
    ports: view.ports,
    personalData,
    notificationKinds,
  };
  const modules: ComposedModule[] = [];
  for (const definition of registry) {
    const parts = await definition.create(platform);
    if (parts.ports) view.provide(parts.ports);
    personalData.push(...(parts.personalData ?? []));
    notificationKinds.push(...(parts.notificationKinds ?? []));
    modules.push({ name: definition.name, parts });
  }
  view.assertComplete();
  return { platform, modules };
}
