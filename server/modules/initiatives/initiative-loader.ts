import { withAncestors } from '../areas/areas.port.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { notFound } from '../../http/problem.ts';
import type { InitiativesDeps } from './initiatives.deps.ts';
import { canSeeHidden, viewerOf, type InitiativeViewer } from './initiatives.policy.ts';
import { createInitiativesRepository } from './initiatives.repository.ts';
import type { InitiativesTable } from './initiatives.tables.ts';
import { createMembersRepository } from './members/members.repository.ts';

export interface LoadedInitiative {
  initiative: InitiativesTable;
  areaIds: string[];
  viewer: InitiativeViewer;
}

/**
 * Every use case on one initiative starts here: the initiative, its neighbourhoods and what the
 * caller is to it. A hidden initiative does not exist for those who may not see it.
 */
export function createInitiativeLoader(deps: Pick<InitiativesDeps, 'db' | 'areas'>) {
  return async function loadInitiative(
    caller: Caller | null,
    initiativeId: string,
    db: Db = deps.db,
  ): Promise<LoadedInitiative> {
    const repo = createInitiativesRepository(db);
    const initiative = await repo.find(initiativeId);
    if (!initiative) throw notFound('The initiative');
    const areaIds = (await repo.areasOf([initiative.id])).get(initiative.id) ?? [];
    const membership = caller
      ? await createMembersRepository(db).findByAccount(initiative.id, caller.accountId)
      : undefined;
    const needsLineage = caller !== null && caller.grants.some((grant) => grant.role !== 'resident');
    const lineage = needsLineage ? await withAncestors(deps.areas, areaIds) : areaIds;
    const viewer = viewerOf(caller, membership, lineage);
    if (initiative.hidden_at && !canSeeHidden(viewer, initiative.created_by)) throw notFound('The initiative');
    return { initiative, areaIds, viewer };
  };
}
export type InitiativeLoader = ReturnType<typeof createInitiativeLoader>;
