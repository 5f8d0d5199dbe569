import * as z from 'zod';
import { titleText } from './text.ts';
import { AreaRefSchema } from './areas.ts';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';

/** Neighbourhood budget (buurtbudget): rounds, proposals and their feasibility review. */

export const budgetPhases = ['upcoming', 'proposals', 'review', 'voting', 'results'] as const;
export const BudgetPhaseSchema = z
  .enum(budgetPhases)
  .describe(
    'upcoming (not yet open), proposals (residents submit), review (feasibility and cost check), voting, results (voting closed)',
  );
export type BudgetPhase = z.infer<typeof BudgetPhaseSchema>;

export const ballotTypes = ['approval', 'knapsack'] as const;
export const BallotTypeSchema = z
  .enum(ballotTypes)
  .describe(
    'approval: pick up to `maxProjects` projects; knapsack: pick projects whose costs together fit within the budget',
  );
export type BallotType = z.infer<typeof BallotTypeSchema>;

/** The same names as the counting core and the `budget count` CLI. */
export const countRules = ['greedy', 'greedy-no-skip', 'equal-shares', 'equal-shares-add1'] as const;
export const CountRuleSchema = z
  .enum(countRules)
  .describe(
    'greedy: most votes first, skipping what no longer fits; greedy-no-skip: stops at the first project that does not fit; equal-shares: Method of Equal Shares; equal-shares-add1: equal shares with the add1 completion',
  );
export type BudgetCountRule = z.infer<typeof CountRuleSchema>;

export const UtilitySchema = z
  .enum(['cost', 'approval'])
  .describe('Equal shares: a voter values a funded project by its cost, or as 1 per approved project');
export const CompletionSchema = z
  .enum(['none', 'greedy'])
  .describe('Equal shares: fill what is left with greedy by votes afterwards');

/** The tie-break rules a round may state up front; the earliest submitted project is always the last resort. */
export const roundTieBreakRules = ['min-cost', 'max-cost', 'max-votes', 'min-votes'] as const;
export const TieBreakRuleSchema = z.enum(roundTieBreakRules);
export type RoundTieBreakRule = z.infer<typeof TieBreakRuleSchema>;

const When = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time');
const Cents = z.number().int().min(0).max(1e13);

export const ScheduleSchema = z
  .strictObject({
    proposalsOpenAt: When.describe('Residents may submit proposals from this moment'),
    reviewOpenAt: When.describe('Proposals close; the feasibility review starts'),
    votingOpenAt: When.describe('Voting opens'),
    votingCloseAt: When.describe('Voting closes; ballots are final and the count starts'),
  })
  .refine((s) => Date.parse(s.proposalsOpenAt) <= Date.parse(s.reviewOpenAt), {
    message: 'Must not be before proposalsOpenAt',
    path: ['reviewOpenAt'],
  })
  .refine((s) => Date.parse(s.reviewOpenAt) <= Date.parse(s.votingOpenAt), {
    message: 'Must not be before reviewOpenAt',
    path: ['votingOpenAt'],
  })
  .refine((s) => Date.parse(s.votingOpenAt) < Date.parse(s.votingCloseAt), {
    message: 'Must be after votingOpenAt',
    path: ['votingCloseAt'],
  })
  .meta({ id: 'BudgetSchedule' });
export type Schedule = z.infer<typeof ScheduleSchema>;

export const BallotRulesSchema = z
  .strictObject({
    type: BallotTypeSchema,
    maxProjects: z
      .number()
      .int()
      .min(1)
      .max(500)
      .nullable()
      .default(null)
      .describe('Approval: at most this many projects (required); knapsack: an optional extra limit'),
    minProjects: z.number().int().min(0).max(500).default(1).describe('At least this many projects on a valid ballot'),
    minSpendCents: Cents.nullable()
      .default(null)
      .describe('Knapsack: the chosen projects must cost at least this much'),
  })
  .refine((b) => b.type === 'knapsack' || b.maxProjects !== null, {
    message: 'An approval ballot needs maxProjects',
    path: ['maxProjects'],
  })
  .refine((b) => b.maxProjects === null || b.minProjects <= b.maxProjects, {
    message: 'Must not exceed maxProjects',
    path: ['minProjects'],
  })
  .refine((b) => b.type === 'knapsack' || b.minSpendCents === null, {
    message: 'Only knapsack ballots have a minimum spend',
    path: ['minSpendCents'],
  })
  .meta({ id: 'BallotRules' });
export type BallotRules = z.infer<typeof BallotRulesSchema>;

export const CountingSettingsSchema = z
  .strictObject({
    rule: CountRuleSchema,
    utility: UtilitySchema.default('cost'),
    completion: CompletionSchema.default('none'),
    exhaustiveStop: z.boolean().default(true).describe('Add1: stop raising voter budgets once nothing more fits'),
    tieBreak: z
      .array(TieBreakRuleSchema)
      .max(4)
      .default(['min-cost', 'max-votes'])
      .refine((rules) => new Set(rules).size === rules.length, 'Each rule once')
      .describe('Applied in order when projects tie; then the earliest submitted project'),
  })
  .meta({ id: 'CountingSettings' });
export type CountingSettings = z.infer<typeof CountingSettingsSchema>;

export const EligibilitySchema = z
  .strictObject({
    minimumAge: z
      .number()
      .int()
      .min(0)
      .max(120)
      .nullable()
      .default(null)
      .describe('Voters confirm they are at least this old; nothing else about their age is stored'),
  })
  .meta({ id: 'BudgetEligibility' });

const Title = titleText({ min: 3, max: 120 });
const Description = z.string().trim().max(4000);

export const RoundCreateSchema = z
  .strictObject({
    title: Title,
    description: Description.default(''),
    areaIds: z
      .array(IdSchema)
      .min(1)
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'Each area once')
      .describe('The neighbourhoods or districts whose verified residents may vote'),
    budgetCents: Cents.min(100),
    schedule: ScheduleSchema,
    ballot: BallotRulesSchema,
    counting: CountingSettingsSchema,
    eligibility: EligibilitySchema.default({ minimumAge: null }),
  })
  .meta({ id: 'BudgetRoundNew' });
export type RoundCreate = z.infer<typeof RoundCreateSchema>;

export const RoundUpdateSchema = z
  .strictObject({
    title: Title.optional(),
    description: Description.optional(),
    budgetCents: Cents.min(100).optional(),
    schedule: ScheduleSchema.optional(),
    ballot: BallotRulesSchema.optional(),
    counting: CountingSettingsSchema.optional(),
    eligibility: EligibilitySchema.optional(),
  })
  .describe(
    'Settings that shape the vote (budget, ballot, counting, eligibility) are locked once voting has opened; a schedule date that has passed cannot move',
  )
  .meta({ id: 'BudgetRoundUpdate' });
export type RoundUpdate = z.infer<typeof RoundUpdateSchema>;

export const PhaseChangeSchema = z
  .strictObject({
    phase: z.enum(['proposals', 'review', 'voting', 'results']).describe('Start this phase now: the next one only'),
  })
  .meta({ id: 'BudgetPhaseChange' });

export const RoundSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    areas: z.array(AreaRefSchema),
    budgetCents: z.number().int(),
    currency: z.literal('EUR'),
    phase: BudgetPhaseSchema,
    schedule: z.object({
      proposalsOpenAt: TimestampSchema,
      reviewOpenAt: TimestampSchema,
      votingOpenAt: TimestampSchema,
      votingCloseAt: TimestampSchema,
    }),
    ballot: z.object({
      type: BallotTypeSchema,
      maxProjects: z.number().int().nullable(),
      minProjects: z.number().int(),
      minSpendCents: z.number().int().nullable(),
    }),
    counting: z.object({
      rule: CountRuleSchema,
      utility: UtilitySchema,
      completion: CompletionSchema,
      exhaustiveStop: z.boolean(),
      tieBreak: z.array(TieBreakRuleSchema),
    }),
    eligibility: z.object({ minimumAge: z.number().int().nullable() }),
    source: z.enum(['platform', 'pabulib-import']),
    projectCount: z.number().int().describe('Accepted proposals: the projects on the ballot'),
    ballotCount: z.number().int().describe('Ballots cast so far, online and on paper'),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'BudgetRound' });
export type Round = z.infer<typeof RoundSchema>;

export const RoundQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional().describe('Only rounds for this area'),
});
export const RoundPageSchema = pageOf(RoundSchema).meta({ id: 'BudgetRoundPage' });
export const RoundParams = z.strictObject({ roundId: IdSchema });

export const RoundImportSchema = z
  .strictObject({
    pabulib: z.string().min(1).max(30_000_000).describe('The text of a Pabulib `.pb` file (META, PROJECTS, VOTES)'),
    areaIds: z
      .array(IdSchema)
      .min(1)
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'Each area once'),
    title: Title.optional().describe('Defaults to the file’s META description'),
    rule: CountRuleSchema.optional().describe('Defaults to the file’s META rule, else greedy'),
  })
  .meta({ id: 'BudgetRoundImport' });
export type RoundImport = z.infer<typeof RoundImportSchema>;

// Proposals

export const proposalStatuses = ['submitted', 'accepted', 'rejected', 'withdrawn'] as const;
export const ProposalStatusSchema = z
  .enum(proposalStatuses)
  .describe('accepted proposals are the projects on the ballot');
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

export const ProposalCreateSchema = z
  .strictObject({
    title: Title,
    description: z.string().trim().min(10).max(4000),
    estimatedCostCents: Cents.min(1).describe(
      'What the proposer thinks it costs; the review sets the cost on the ballot',
    ),
    areaId: IdSchema.describe('One of the round’s areas'),
    location: z
      .string()
      .trim()
      .max(200)
      .default('')
      .describe('Where, in words: a street, a square, a park; never a home address'),
  })
  .meta({ id: 'BudgetProposalNew' });
export type ProposalCreate = z.infer<typeof ProposalCreateSchema>;

export const ProposalUpdateSchema = z
  .strictObject({
    title: Title.optional(),
    description: z.string().trim().min(10).max(4000).optional(),
    estimatedCostCents: Cents.min(1).optional(),
    location: z.string().trim().max(200).optional(),
  })
  .meta({ id: 'BudgetProposalUpdate' });

export const ReviewSchema = z
  .strictObject({
    decision: z.enum(['accepted', 'rejected']),
    costCents: Cents.min(0)
      .nullable()
      .default(null)
      .describe('Accepted: the cost on the ballot, as the municipality estimates it'),
    reason: z.string().trim().min(5).max(2000).describe('Published with the proposal'),
  })
  .refine((r) => r.decision === 'rejected' || r.costCents !== null, {
    message: 'An accepted proposal needs its cost',
    path: ['costCents'],
  })
  .meta({ id: 'BudgetProposalReview' });
export type Review = z.infer<typeof ReviewSchema>;

export const ProposalSchema = z
  .object({
    id: z.string(),
    roundId: z.string(),
    code: z.string().describe('The project number on the ballot and in the Pabulib file'),
    areaId: z.string(),
    title: z.string(),
    description: z.string(),
    location: z.string(),
    estimatedCostCents: z.number().int(),
    costCents: z.number().int().nullable().describe('The reviewed cost on the ballot; null until accepted'),
    status: ProposalStatusSchema,
    review: z
      .object({ decision: z.enum(['accepted', 'rejected']), reason: z.string(), reviewedAt: TimestampSchema })
      .nullable(),
    mine: z.boolean().describe('You submitted it'),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'BudgetProposal' });
export type Proposal = z.infer<typeof ProposalSchema>;

export const ProposalQuerySchema = PageQuerySchema.extend({
  status: ProposalStatusSchema.optional().describe('Withdrawn proposals are listed only when asked for'),
});
export const ProposalPageSchema = pageOf(ProposalSchema).meta({ id: 'BudgetProposalPage' });
export const ProposalParams = z.strictObject({ roundId: IdSchema, proposalId: IdSchema });
