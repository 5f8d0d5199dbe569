import type { PersonalDataSource } from '../modules/accounts/privacy.ts';
import { createActivityRecorder } from '../modules/activity/activity.service.ts';
import { createAuditWriter } from '../modules/audit/audit.service.ts';
import type { ModuleDefinition, ModuleParts, Platform } from './module.ts';
import { createPortsView } from './ports.ts';

export type PlatformBase = Omit<Platform, 'ports' | 'personalData' | 'audit' | 'activity'>;

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
  };
  const modules: ComposedModule[] = [];
  for (const definition of registry) {
    const parts = await definition.create(platform);
    if (parts.ports) view.provide(parts.ports);
    personalData.push(...(parts.personalData ?? []));
    modules.push({ name: definition.name, parts });
  }
  view.assertComplete();
  return { platform, modules };
}
