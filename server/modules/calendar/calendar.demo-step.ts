import type { GeneratorStep } from '../../platform/demo/generator.ts';

/** How many initiatives of their neighbourhood each demo resident follows. */
const FOLLOWED_INITIATIVES = 3;

/**
 * The demo residents follow a few initiatives of their neighbourhood and the budget rounds held for
 * it (its own, its district's, the municipality's), so "Wat ik volg" has news from the first log-in.
 * Written straight into `follows`, like every demo step; it reads the initiatives' and rounds'
 * tables that earlier steps filled.
 */
export const calendarDemoStep: GeneratorStep = {
  name: 'calendar',
  async run(context) {
    const { state, db } = context;
    const rows: Array<{
      account_id: string;
      subject_type: 'initiative' | 'budget-round';
      subject_id: string;
      created_at: string;
    }> = [];
    for (const key of ['resident', 'verifiedResident']) {
      const accountId = state.demoAccounts.get(key);
      const home = accountId ? context.homeOf(accountId) : null;
      if (!accountId || !home) continue;
      const neighbourhood = state.neighbourhoods.find((n) => n.id === home);
      const district = neighbourhood ? state.districts[neighbourhood.districtIndex] : undefined;
      const areaIds = [home, district?.id, state.municipality?.id].filter((id): id is string => id !== undefined);
      const initiatives = await db
        .selectFrom('initiatives')
        .select('id')
        .where('hidden_at', 'is', null)
        .where('id', 'in', db.selectFrom('initiative_areas').select('initiative_id').where('area_id', '=', home))
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(FOLLOWED_INITIATIVES)
        .execute();
      const rounds = await db
        .selectFrom('budget_round_areas')
        .select('round_id')
        .distinct()
        .where('area_id', 'in', areaIds)
        .orderBy('round_id')
        .execute();
      const follow = (subject_type: 'initiative' | 'budget-round', subject_id: string, days: number) =>
        rows.push({ account_id: accountId, subject_type, subject_id, created_at: context.daysAgo(days) });
      initiatives.forEach((row, i) => follow('initiative', row.id, 40 + i));
      rounds.forEach((row, i) => follow('budget-round', row.round_id, 30 + i));
    }
    await context.insert('follows', rows);
  },
};
