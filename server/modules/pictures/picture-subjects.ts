import type { PictureParentType, PictureSubjectType } from '../../../contracts/pictures.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { BudgetingPort } from '../budgeting/budgeting.port.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
import type { SubjectRights } from './pictures.policy.ts';

/** An initiative's moderators (as in the initiatives module): civil servants and administrators for one of its areas. */
const INITIATIVE_STAFF: readonly Role[] = ['civil_servant', 'administrator'];
/** A round's budget officers (as in the budgeting module): civil servants for every area of the round. */
const BUDGET_STAFF: readonly Role[] = ['civil_servant'];

/** What a picture's subject is to the pictures module, as its own module tells it. */
export interface SubjectFacts {
  parentType: PictureParentType;
  parentId: string;
  /** False when moderation hid it (or a proposal was withdrawn): its pictures are not shown. */
  visible: boolean;
  rights: SubjectRights;
}

export type SubjectsDeps = {
  initiatives: Pick<InitiativesPort, 'initiativesOf' | 'capacityOf' | 'organisersOf' | 'hiddenUpdates'>;
  budgeting: Pick<BudgetingPort, 'roundsByIds' | 'proposalsByIds'>;
  areas: Pick<AreasPort, 'lineage'>;
  now: () => Date;
};

/** Reaches the modules that own the subjects, only through their ports. */
export function createPictureSubjects(deps: SubjectsDeps) {
  async function lineages(areaIds: readonly string[]): Promise<string[][]> {
    const found = await Promise.all(areaIds.map((id) => deps.areas.lineage(id)));
    return found.map((lineage, i) => lineage?.ids ?? [areaIds[i]!]);
  }

  async function initiative(initiativeId: string): Promise<SubjectFacts | undefined> {
    const capacity = (await deps.initiatives.capacityOf([initiativeId], deps.now())).get(initiativeId);
    if (!capacity) return undefined;
    const organisers = (await deps.initiatives.organisersOf([initiativeId])).get(initiativeId) ?? [];
    return {
      parentType: 'initiative',
      parentId: initiativeId,
      visible: capacity.title !== null,
      rights: {
        managerIds: organisers,
        staffRoles: INITIATIVE_STAFF,
        areaLineages: await lineages(capacity.areaIds),
        staffScope: 'any-area',
      },
    };
  }

  async function budgetRound(
    roundId: string,
  ): Promise<Omit<SubjectFacts, 'rights'> & { rights: Omit<SubjectRights, 'managerIds'> }> {
    const round = (await deps.budgeting.roundsByIds([roundId]))[0];
    return {
      parentType: 'budget-round',
      parentId: roundId,
      visible: round !== undefined,
      rights: {
        staffRoles: BUDGET_STAFF,
        areaLineages: round ? await lineages(round.areaIds) : [],
        staffScope: 'every-area',
      },
    };
  }

  return {
    /** The facts of one subject, or undefined when it does not exist. */
    async facts(type: PictureSubjectType, id: string): Promise<SubjectFacts | undefined> {
      if (type === 'initiative') return initiative(id);
      if (type === 'initiative-update') {
        const initiativeId = (await deps.initiatives.initiativesOf([{ type: 'update', id }])).get(`update:${id}`);
        if (!initiativeId) return undefined;
        const facts = await initiative(initiativeId);
        const hidden = await deps.initiatives.hiddenUpdates([id]);
        return facts && { ...facts, visible: facts.visible && !hidden.has(id) };
      }
      const proposal = (await deps.budgeting.proposalsByIds([id]))[0];
      if (!proposal) return undefined;
      const round = await budgetRound(proposal.roundId);
      return {
        ...round,
        visible: round.visible && proposal.status !== 'withdrawn',
        rights: { ...round.rights, managerIds: proposal.authorId ? [proposal.authorId] : [] },
      };
    },
    /** The facts shared by every picture shown on a parent's page. */
    initiative,
    budgetRound,
    /** Of these updates, the ones moderation hid. */
    hiddenUpdates: (ids: readonly string[]) => deps.initiatives.hiddenUpdates(ids),
    /** The author of each of these proposals that is still shown (not withdrawn). */
    proposalAuthors: async (ids: readonly string[]): Promise<Map<string, string | null>> =>
      new Map(
        (await deps.budgeting.proposalsByIds([...new Set(ids)]))
          .filter((proposal) => proposal.status !== 'withdrawn')
          .map((proposal) => [proposal.id, proposal.authorId]),
      ),
  };
}

export type PictureSubjects = ReturnType<typeof createPictureSubjects>;
