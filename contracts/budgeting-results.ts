import * as z from 'zod';
import { TimestampSchema } from './common.ts';
import { CompletionSchema, CountRuleSchema, TieBreakRuleSchema, UtilitySchema } from './budgeting.ts';

/** The outcome of a count, with the reasons behind every project's result. */

const ProjectRef = z.object({ projectId: z.string(), code: z.string(), title: z.string() });

const Step = z.number().int().describe('The step of the count at which this was decided');
const Money = z.number().int().describe('Cents');

export const DecisionSchema = z
  .discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('funded'), step: Step, budgetLeftBeforeCents: Money })
      .describe('Funded by votes, in order'),
    z.object({
      kind: z.literal('funded-equal-shares'),
      step: Step,
      effectiveVotes: z.number().describe('Cost divided by the largest payment asked of one supporter'),
      maxPaymentCents: Money.describe('The largest share one supporter paid'),
      supportersBudgetCents: Money.describe('What its supporters could pay together'),
    }),
    z.object({ kind: z.literal('funded-free') }).describe('Costs nothing'),
    z.object({ kind: z.literal('funded-by-completion'), step: Step, budgetLeftBeforeCents: Money }),
    z
      .object({ kind: z.literal('did-not-fit'), step: Step, budgetLeftBeforeCents: Money })
      .describe('Its turn came, but it cost more than was left'),
    z
      .object({ kind: z.literal('count-stopped'), stoppedAt: ProjectRef })
      .describe('Greedy without skipping stopped at an earlier project that did not fit'),
    z.object({
      kind: z.literal('supporters-out-of-money'),
      step: Step,
      supportersBudgetCents: Money.describe('What its supporters had left together'),
      lostTo: ProjectRef.nullable().describe('The funded project whose cost took their money'),
    }),
    z.object({ kind: z.literal('no-votes') }),
  ])
  .meta({ id: 'ProjectDecision' });
export type Decision = z.infer<typeof DecisionSchema>;

export const TieSchema = z
  .object({
    step: Step,
    tied: z.array(ProjectRef),
    chosen: ProjectRef,
    rulesUsed: z
      .array(z.enum(['min-cost', 'max-cost', 'max-votes', 'min-votes', 'file-order', 'id-order']))
      .describe('file-order: the earliest submitted'),
    changesOutcome: z.boolean().describe('Whether picking another tied project would have funded a different set'),
  })
  .meta({ id: 'CountTie' });
export type Tie = z.infer<typeof TieSchema>;

export const ProjectOutcomeSchema = ProjectRef.extend({
  costCents: Money,
  votes: z.number().int(),
  funded: z.boolean(),
  decision: DecisionSchema,
  supportersBudgetCents: Money.nullable().describe(
    'Equal shares: what its supporters could pay together when it was decided',
  ),
  wonTie: TieSchema.nullable(),
}).meta({ id: 'ProjectOutcome' });
export type ProjectOutcome = z.infer<typeof ProjectOutcomeSchema>;

export const OutcomeSchema = z
  .object({
    rule: CountRuleSchema,
    utility: UtilitySchema,
    completion: CompletionSchema,
    exhaustiveStop: z.boolean(),
    tieBreak: z.array(TieBreakRuleSchema),
    budgetCents: Money,
    usedCents: Money,
    ballotCount: z.number().int(),
    paperBallotCount: z.number().int(),
    funded: z.array(ProjectRef).describe('In the order the count funded them'),
    projects: z.array(ProjectOutcomeSchema).describe('Funded first, then by votes'),
    ties: z.array(TieSchema),
    equalShares: z
      .object({
        fairShareCents: z.number().describe('Budget divided by the number of voters'),
        perVoterBudgetCents: z.number().describe('The per-voter budget of the run whose outcome was taken'),
        raises: z.number().int(),
        stopReason: z.enum(['no-completion', 'exhaustive', 'next-would-overspend', 'nothing-to-count']),
      })
      .nullable(),
    recountCommand: z.string().describe('Recount the audit file yourself with this command'),
  })
  .meta({ id: 'CountOutcome' });
export type Outcome = z.infer<typeof OutcomeSchema>;

export const countStatuses = ['not-counted', 'queued', 'running', 'done', 'failed'] as const;
export const CountStatusSchema = z.enum(countStatuses);
export type CountStatus = z.infer<typeof CountStatusSchema>;

export const RoundResultSchema = z
  .object({
    roundId: z.string(),
    status: CountStatusSchema,
    requestedAt: TimestampSchema.nullable(),
    finishedAt: TimestampSchema.nullable(),
    error: z.string().nullable(),
    outcome: OutcomeSchema.nullable(),
  })
  .meta({ id: 'BudgetRoundResult' });
export type RoundResult = z.infer<typeof RoundResultSchema>;
