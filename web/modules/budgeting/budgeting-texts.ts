import type { TFunction } from 'i18next';
import type { Decision, ProjectOutcome } from '../../../contracts/budgeting-results.ts';
import type { BudgetPhase, Round } from '../../../contracts/budgeting.ts';
import { formatDecimal } from '../../lib/format.ts';

/** An amount in cents as the reader writes money: € 1.234,50 or €1,234.50. */
export function money(cents: number, locale: string): string {
  const whole = Number.isInteger(cents / 100);
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** "2500", "2.500", "2500,50" or "2,500.50" → cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '');
  if (!/^\d{1,3}([.,]\d{3})*([.,]\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(cleaned)) return null;
  const decimals = /[.,](\d{1,2})$/.exec(cleaned);
  const wholePart = (decimals ? cleaned.slice(0, -decimals[0].length) : cleaned).replace(/[.,]/g, '');
  const fraction = decimals ? (decimals[1] ?? '').padEnd(2, '0') : '00';
  return Number(wholePart) * 100 + Number(fraction);
}

export function phaseText(t: TFunction, phase: BudgetPhase): string {
  return t(`budget.phase.${phase}` as 'budget.phase.voting');
}

export function ruleText(t: TFunction, rule: Round['counting']['rule']): string {
  return t(`budget.rule.${rule}` as 'budget.rule.greedy');
}

export function ballotRulesText(t: TFunction, round: Round, locale: string): string {
  const { ballot } = round;
  if (ballot.type === 'approval') return t('budget.ballotRules.approval', { count: ballot.maxProjects ?? 0 });
  const base = t('budget.ballotRules.knapsack', { budget: money(round.budgetCents, locale) });
  return ballot.minSpendCents
    ? `${base} ${t('budget.ballotRules.minSpend', { amount: money(ballot.minSpendCents, locale) })}`
    : base;
}

export function tieBreakText(t: TFunction, rules: readonly string[]): string {
  const names = rules.map((rule) => t(`budget.tieBreak.${rule}` as 'budget.tieBreak.min-cost'));
  return [...names, t('budget.tieBreak.file-order')].join(', ');
}

/** Why a project won or lost, in one sentence with its numbers. */
export function decisionText(t: TFunction, project: ProjectOutcome, locale: string): string {
  const m = (cents: number) => money(cents, locale);
  const d: Decision = project.decision;
  switch (d.kind) {
    case 'funded':
      return t('budget.decision.funded', {
        step: d.step,
        left: m(d.budgetLeftBeforeCents),
        cost: m(project.costCents),
      });
    case 'funded-equal-shares':
      return t('budget.decision.fundedEqualShares', {
        step: d.step,
        supporters: m(d.supportersBudgetCents),
        share: m(d.maxPaymentCents),
        effective: formatDecimal(d.effectiveVotes, locale, 1),
      });
    case 'funded-free':
      return t('budget.decision.fundedFree');
    case 'funded-by-completion':
      return t('budget.decision.fundedByCompletion', { step: d.step, left: m(d.budgetLeftBeforeCents) });
    case 'did-not-fit':
      return t('budget.decision.didNotFit', {
        step: d.step,
        left: m(d.budgetLeftBeforeCents),
        cost: m(project.costCents),
      });
    case 'count-stopped':
      return t('budget.decision.countStopped', { project: d.stoppedAt.title });
    case 'supporters-out-of-money':
      return d.lostTo
        ? t('budget.decision.outOfMoneyLostTo', {
            supporters: m(d.supportersBudgetCents),
            cost: m(project.costCents),
            project: d.lostTo.title,
          })
        : t('budget.decision.outOfMoney', { supporters: m(d.supportersBudgetCents), cost: m(project.costCents) });
    case 'no-votes':
      return t('budget.decision.noVotes');
  }
}
