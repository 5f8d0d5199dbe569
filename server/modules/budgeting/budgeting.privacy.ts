import type { Db } from '../../db/database.ts';
import { withoutPerson, type PersonalDataSource } from '../accounts/privacy.ts';
import { createBallotsRepository } from './ballots/ballots.repository.ts';
import { createProposalsRepository } from './proposals/proposals.repository.ts';

/**
 * What budgeting keeps about a person: the proposals they submitted and the rounds they voted
 * in. How they voted is not personal data the platform has: no ballot points back to them.
 * docs/privacy.md has it field by field.
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
  /**
   * Proposals stay, as public contributions (their authors are never shown), without the person's
   * name and e-mail address in their texts; the record of having voted goes.
   */
  async erase(db: Db, accountId: string, erasure) {
    await createBallotsRepository(db).deleteVoterRecordsOf(accountId);
    const proposals = await db
      .selectFrom('budget_proposals')
      .select(['id', 'title', 'description', 'location'])
      .where('author_id', '=', accountId)
      .execute();
    for (const proposal of proposals) {
      const title = withoutPerson(proposal.title, erasure);
      const description = withoutPerson(proposal.description, erasure);
      const location = withoutPerson(proposal.location, erasure);
      if (title === proposal.title && description === proposal.description && location === proposal.location) continue;
      await db
        .updateTable('budget_proposals')
        .set({ title, description, location })
        .where('id', '=', proposal.id)
        .execute();
    }
  },
};
