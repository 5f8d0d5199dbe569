import type { Decision, Outcome, ProjectOutcome, Tie } from '../../../../contracts/budgeting-results.ts';
import type { CountResult, Decision as CoreDecision, ProjectExplanation, TieRecord } from '../counting/count-result.ts';
import type { BudgetRoundsTable } from '../budgeting.tables.ts';
import { fractionToCents, recountCommand, roundTieBreak, type BallotProject } from './round-election.ts';

type Ref = { projectId: string; code: string; title: string };

/** The count's display values are in euros; the API speaks cents. */
const cents = (euros: number): number => Math.round(euros * 100);

export interface OutcomeInput {
  round: Pick<
    BudgetRoundsTable,
    'budget_cents' | 'count_rule' | 'utility' | 'completion' | 'exhaustive_stop' | 'tie_break_json'
  >;
  projects: readonly BallotProject[];
  paperBallotCount: number;
  auditFileName: string;
}

/** Turns the count into what the results page shows: every decision with the numbers behind it. */
export function presentOutcome(result: CountResult, input: OutcomeInput): Outcome {
  const byCode = new Map(input.projects.map((project) => [project.code, project]));
  const ref = (code: string): Ref => {
    const project = byCode.get(code);
    return { projectId: project?.id ?? code, code, title: project?.title ?? code };
  };
  const tie = (record: TieRecord): Tie => ({
    step: record.step,
    tied: record.tied.map(ref),
    chosen: ref(record.chosen),
    rulesUsed: [...record.rulesUsed],
    changesOutcome: record.changesOutcome,
  });
  const decision = (core: CoreDecision): Decision => {
    switch (core.kind) {
      case 'funded':
      case 'funded-by-completion':
      case 'did-not-fit':
        return { kind: core.kind, step: core.step, budgetLeftBeforeCents: fractionToCents(core.budgetLeftBefore) };
      case 'funded-equal-shares':
        return {
          kind: core.kind,
          step: core.step,
          effectiveVotes: core.effectiveVotes,
          maxPaymentCents: cents(core.maxPayment),
          supportersBudgetCents: cents(core.supportersBudget),
        };
      case 'count-stopped':
        return { kind: core.kind, stoppedAt: ref(core.stoppedAt) };
      case 'supporters-out-of-money':
        return {
          kind: core.kind,
          step: core.step,
          supportersBudgetCents: cents(core.supportersBudget),
          lostTo: core.lostTo === null ? null : ref(core.lostTo),
        };
      case 'funded-free':
      case 'no-votes':
        return { kind: core.kind };
    }
  };
  const supportersBudget = (project: ProjectExplanation): number | null => {
    if (project.decision.kind === 'funded-equal-shares' || project.decision.kind === 'supporters-out-of-money')
      return cents(project.decision.supportersBudget);
    const last = project.rounds[project.rounds.length - 1];
    return last ? cents(last.supportersBudget) : null;
  };
  const order = new Map(result.selectionOrder.map((code, index) => [code, index]));
  const projects: ProjectOutcome[] = [...result.projects]
    .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || b.votes - a.votes)
    .map((project) => ({
      ...ref(project.id),
      costCents: fractionToCents(project.cost),
      votes: project.votes,
      funded: project.selected,
      decision: decision(project.decision),
      supportersBudgetCents: supportersBudget(project),
      wonTie: project.tieBreak ? tie(project.tieBreak) : null,
    }));
  const es = result.equalShares;
  return {
    rule: input.round.count_rule,
    utility: input.round.utility,
    completion: input.round.completion,
    exhaustiveStop: input.round.exhaustive_stop === 1,
    tieBreak: roundTieBreak(input.round),
    budgetCents: input.round.budget_cents,
    usedCents: fractionToCents(result.totalCost),
    ballotCount: result.voterCount,
    paperBallotCount: input.paperBallotCount,
    funded: result.selectionOrder.map(ref),
    projects,
    ties: result.ties.map(tie),
    equalShares: es
      ? {
          fairShareCents: fractionToCents(es.fairShare),
          perVoterBudgetCents: fractionToCents(es.perVoterBudget),
          raises: es.raises,
          stopReason: es.stopReason,
        }
      : null,
    recountCommand: recountCommand(input.round, input.auditFileName),
  };
}
