import type { Db } from '../../db/database.ts';
import type { PersonalDataSource } from '../accounts/privacy.ts';
import { createBallotsRepository } from './ballots/ballots.repository.ts';
import { createProposalsRepository } from './proposals/proposals.repository.ts';

/**
 * What budgeting keeps about a person: the proposals they submitted and the rounds they voted
 * in. How they voted is not personal data the platform has: no ballot points back to them.
 */
export const budgetingPersonalData: PersonalDataSource = {
  name: 'neighbourhoodBudget',
  async export(db: Db, accountId: string) {
    const proposals = await createProposalsRepository(db).byAuthor(accountId);
    const voted = await createBallotsRepository(db).votedRoundsOf(accountId);
    return {
      proposals: proposals.map((p) => ({
        id: p.id,
        roundId: p.round_id,
        title: p.title,
        description: p.description,
        location: p.location,
        estimatedCostCents: p.estimated_cost_cents,
        status: p.status,
        createdAt: p.created_at,
      })),
      votedInRounds: voted.map((v) => ({
        roundId: v.round_id,
        method: v.method,
        confirmedMinimumAge: v.age_confirmed === 1,
      })),
      ballots: 'Ballots are secret: they are stored without any link to you, so they cannot be part of this export.',
    };
  },
  /** Proposals stay, as public contributions of an erased account; the record of having voted goes. */
  async erase(db: Db, accountId: string) {
    await createBallotsRepository(db).deleteVoterRecordsOf(accountId);
  },
};
