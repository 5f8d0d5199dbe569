import { messages } from '../../../lib/i18n/messages.ts';
import i18next from 'i18next';
import { beforeAll, expect, it } from 'vitest';
import type { ProviderKind, SteeringPicture } from '../../../../contracts/steering.ts';
import { pictureSummary } from './picture-summary.ts';

const { nl } = messages;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

const kinds: ProviderKind[] = ['municipality', 'market', 'community', 'co_production'];
function moment(date: string, tasks: number[], budget: number[]): SteeringPicture['now'] {
  const totalTasks = tasks.reduce((a, b) => a + b, 0);
  const totalBudget = budget.reduce((a, b) => a + b, 0);
  return {
    date,
    tasks: totalTasks,
    budgetCents: totalBudget,
    providers: kinds.map((provider, i) => ({
      provider,
      tasks: tasks[i] ?? 0,
      taskShare: totalTasks ? (tasks[i] ?? 0) / totalTasks : 0,
      budgetCents: budget[i] ?? 0,
      budgetShare: totalBudget ? (budget[i] ?? 0) / totalBudget : 0,
    })),
  };
}
const area = { id: 'g', kind: 'municipality' as const, code: 'GM0001', name: 'Wakkerdam' };

it('says who carries what now and what moved most', () => {
  const text = pictureSummary(i18n.t, 'nl', {
    area,
    history: [moment('2025-03-31', [4, 0, 0, 0], [100, 0, 0, 0])],
    now: moment('2026-05-12', [2, 1, 1, 0], [60, 10, 30, 0]),
  });
  expect(text).toBe(
    'Van de 4 publieke taken in Wakkerdam (12 mei 2026) draagt de gemeente 50% van de taken en 60% van het budget, ' +
      'de markt 25% van de taken en 10% van het budget, de gemeenschap 25% van de taken en 30% van het budget en ' +
      'coproductie 0% van de taken en 0% van het budget. ' +
      'Sinds 31 maart 2025 is het aandeel van de gemeente in het budget gedaald van 100% naar 60%. ' +
      'De gemeenschap en coproductie samen dragen 30% van het budget.',
  );
});

it('says so when an area has no tasks', () => {
  expect(pictureSummary(i18n.t, 'nl', { area, history: [], now: moment('2026-05-12', [], []) })).toBe(
    'Wakkerdam heeft nog geen publieke taken in het register.',
  );
});
