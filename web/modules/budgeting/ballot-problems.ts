import type { TFunction } from 'i18next';
import { checkBallot } from '../../../contracts/budgeting-ballot-rules.ts';
import type { Proposal, Round } from '../../../contracts/budgeting.ts';
import { problemErrors, type FormErrors } from '../../ui/form-errors.ts';
import type { i18n as I18n } from 'i18next';
import { money } from './budgeting-texts.ts';
import { ballotLimits, costsOf } from './ballot-choices.tsx';

/** The same check the server makes, before sending, in the reader's language and with the amounts. */
export function ballotErrors(
  t: TFunction,
  locale: string,
  round: Round,
  projects: readonly Proposal[],
  selected: readonly string[],
): FormErrors {
  const problem = checkBallot(selected, costsOf(projects), ballotLimits(round));
  if (!problem) return { fields: {}, general: null };
  const total = selected.reduce((sum, id) => sum + (projects.find((p) => p.id === id)?.costCents ?? 0), 0);
  const messages: Record<typeof problem.code, string> = {
    'over-budget': t('budget.ballot.problem.overBudget', {
      total: money(total, locale),
      budget: money(round.budgetCents, locale),
    }),
    'too-many-projects': t('budget.ballot.problem.tooMany', { count: round.ballot.maxProjects ?? 0 }),
    'below-minimum':
      round.ballot.minSpendCents && selected.length >= round.ballot.minProjects
        ? t('budget.ballot.problem.minSpend', { amount: money(round.ballot.minSpendCents, locale) })
        : t('budget.ballot.problem.tooFew', { count: round.ballot.minProjects }),
    'unknown-project': t('budget.ballot.problem.unknown'),
    'duplicate-project': t('budget.ballot.problem.unknown'),
  };
  return { fields: { ballot: messages[problem.code] }, general: null };
}

/** A refusal from the server: its reason, translated where we know it. */
export function ballotProblem(error: unknown, t: TFunction, i18n: I18n): FormErrors {
  return problemErrors(error, t, i18n, { fields: ['ballot', 'token'], rename: { projectIds: 'ballot' } });
}
