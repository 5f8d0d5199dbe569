import type { Role } from '../../../contracts/roles.ts';
import type { SubjectRef, SubjectType } from '../../../contracts/steering.ts';
import type { Caller } from '../../http/auth.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import { authorityForAll, scopeOf, type Authority } from '../../http/scope.ts';
import { coveredAreas } from '../areas/areas.port.ts';
import type { SteeringDeps } from './steering.deps.ts';
import type { PublicTasksTable } from './steering.tables.ts';
import { createTasksRepository } from './tasks/tasks.repository.ts';

/** Something that is steered: a public task or an initiative, with the areas that decide who may act on it. */
export interface Subject {
  type: SubjectType;
  id: string;
  title: string;
  /** Where it is filed: the task's area, the initiative's first neighbourhood. */
  areaId: string;
  /** Every area it works in (an initiative may have several); scope must cover all of them. */
  areaIds: string[];
  /** The initiative that carries it: the task's provider, or the initiative itself. */
  initiativeId: string | null;
  task: PublicTasksTable | null;
}

export const subjectKey = (type: string, id: string) => `${type}:${id}`;

/** What the steering use cases share: loading a subject, checking the caller's scope, presenting references. */
export function createSteeringContext(deps: SteeringDeps) {
  const tasks = createTasksRepository(deps.db);

  async function loadSubject(type: SubjectType, id: string): Promise<Subject> {
    if (type === 'task') {
      const task = await tasks.find(id);
      if (!task) throw notFound('The public task');
      return {
        type,
        id,
        title: task.title,
        areaId: task.area_id,
        areaIds: [task.area_id],
        initiativeId: task.provider_initiative_id,
        task,
      };
    }
    const capacity = (await deps.initiatives.capacityOf([id], new Date(0))).get(id);
    if (!capacity || capacity.title === null) throw notFound('The initiative');
    return {
      type,
      id,
      title: capacity.title,
      areaId: capacity.primaryAreaId,
      areaIds: capacity.areaIds.length > 0 ? capacity.areaIds : [capacity.primaryAreaId],
      initiativeId: id,
      task: null,
    };
  }

  /** The grant of one of `roles` that covers every one of these areas; otherwise a 403 (the thing is public). */
  async function authorityIn(
    caller: Caller,
    roles: readonly Role[],
    areaIds: readonly string[],
    what = 'this area',
  ): Promise<Authority> {
    const lineages = await Promise.all(areaIds.map(async (id) => (await deps.areas.lineage(id))?.ids ?? []));
    const authority = authorityForAll(caller, roles, lineages);
    if (!authority) throw forbidden(`Your role does not cover ${what}.`);
    return authority;
  }

  /** The areas a caller's grants of these roles cover, or null for the whole municipality. */
  async function scopeAreas(caller: Caller, roles: readonly Role[]): Promise<string[] | null> {
    return coveredAreas(deps.areas, scopeOf(caller, roles));
  }

  /** Public references to subjects, by `type:id` (a hidden initiative keeps an empty title). */
  async function subjectRefs(keys: readonly { type: SubjectType; id: string; areaId: string | null }[]) {
    const taskIds = keys.filter((k) => k.type === 'task').map((k) => k.id);
    const initiativeIds = keys.filter((k) => k.type === 'initiative').map((k) => k.id);
    const [taskRows, titles, areas] = await Promise.all([
      tasks.byIds(taskIds),
      deps.initiatives.initiativeTitles(initiativeIds),
      deps.areas.refs(keys.flatMap((k) => (k.areaId ? [k.areaId] : []))),
    ]);
    const taskTitles = new Map(taskRows.map((row) => [row.id, row.title]));
    const refs = new Map<string, SubjectRef>();
    for (const key of keys)
      refs.set(subjectKey(key.type, key.id), {
        type: key.type,
        id: key.id,
        title: (key.type === 'task' ? taskTitles.get(key.id) : titles.get(key.id)) ?? '',
        area: key.areaId ? (areas.get(key.areaId) ?? null) : null,
      });
    return refs;
  }

  /** Initiative and organisation names for presenting (hidden ones are left out). */
  async function names(initiativeIds: readonly (string | null)[], organisationIds: readonly (string | null)[]) {
    const keep = (ids: readonly (string | null)[]) => ids.filter((id): id is string => id !== null);
    const [initiatives, organisations] = await Promise.all([
      deps.initiatives.initiativeTitles(keep(initiativeIds)),
      deps.initiatives.organisationNames(keep(organisationIds)),
    ]);
    const ref = (map: Map<string, string>) => (id: string | null) => (id ? { id, name: map.get(id) ?? '' } : null);
    return { initiative: ref(initiatives), organisation: ref(organisations) };
  }

  /** The accounts to tell about something that happened to an initiative's work. */
  async function organisersOf(initiativeIds: readonly (string | null)[]): Promise<string[]> {
    const ids = initiativeIds.filter((id): id is string => id !== null);
    if (ids.length === 0) return [];
    const found = await deps.initiatives.organisersOf(ids);
    return [...new Set([...found.values()].flat())];
  }

  return { loadSubject, authorityIn, scopeAreas, subjectRefs, names, organisersOf };
}
export type SteeringContext = ReturnType<typeof createSteeringContext>;
