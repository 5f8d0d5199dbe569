import { useTranslation } from 'react-i18next';
import type { Round } from '../../../contracts/budgeting.ts';
import { ballotRulesText, money, ruleText, tieBreakText } from './budgeting-texts.ts';

/** The rules of the round, stated up front: budget, who votes, the ballot, the count and its tie-break. */
export function RoundFacts({ round }: { round: Round }) {
  const { t, i18n } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('budget.facts.budget'), money(round.budgetCents, i18n.language)],
    [t('budget.facts.areas'), round.areas.map((a) => a.name).join(', ')],
    [
      t('budget.facts.voters'),
      round.eligibility.minimumAge === null
        ? t('budget.facts.votersAll')
        : t('budget.facts.votersAge', { age: round.eligibility.minimumAge }),
    ],
    [t('budget.facts.ballot'), ballotRulesText(t, round, i18n.language)],
    [t('budget.facts.rule'), ruleText(t, round.counting.rule)],
    [t('budget.facts.tieBreak'), tieBreakText(t, round.counting.tieBreak)],
    [
      t('budget.facts.turnout'),
      t('budget.facts.turnoutValue', {
        ballots: t('budget.facts.ballots', { count: round.ballotCount }),
        projects: t('budget.facts.projects', { count: round.projectCount }),
      }),
    ],
  ];
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows ws-data-list">
      {rows.map(([label, value]) => (
        <div key={label} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
