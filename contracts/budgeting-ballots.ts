import * as z from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { BudgetPhaseSchema } from './budgeting.ts';

/**
 * Secret ballots. A stored ballot carries no voter: the voter gets a random token once, and only
 * its hash is kept; whoever holds the token can read and change that ballot until voting closes.
 */

const ProjectIds = z.array(IdSchema).max(500).describe('Ids of the chosen projects (accepted proposals of this round)');
const BallotToken = z.string().trim().min(20).max(200).describe('The ballot token you received when you voted');

export const BallotCastSchema = z
  .strictObject({
    projectIds: ProjectIds,
    confirmAge: z
      .boolean()
      .default(false)
      .describe('I confirm I am at least the round’s minimum age (required when it has one)'),
  })
  .meta({ id: 'BallotCast' });

export const BallotChangeSchema = z
  .strictObject({ token: BallotToken, projectIds: ProjectIds })
  .meta({ id: 'BallotChange' });
export const BallotLookupSchema = z.strictObject({ token: BallotToken }).meta({ id: 'BallotLookup' });

export const ballotSources = ['online', 'paper', 'import'] as const;
export const BallotSourceSchema = z
  .enum(ballotSources)
  .describe('online, paper (entered by an officer from a voting location) or import (from a Pabulib file)');

export const BallotSchema = z
  .object({
    roundId: z.string(),
    projectIds: z.array(z.string()),
    totalCostCents: z.number().int(),
    source: BallotSourceSchema,
    changeableUntil: TimestampSchema.nullable().describe(
      'Online ballots can be changed with the token until voting closes',
    ),
  })
  .meta({ id: 'Ballot' });
export type Ballot = z.infer<typeof BallotSchema>;

export const BallotReceiptSchema = BallotSchema.extend({
  token: z
    .string()
    .describe(
      'Shown this once: keep it to see or change your ballot. The server stores only its hash and cannot tell whose ballot it is.',
    ),
}).meta({ id: 'BallotReceipt' });
export type BallotReceipt = z.infer<typeof BallotReceiptSchema>;

export const PaperBallotSchema = z
  .strictObject({
    projectIds: ProjectIds,
    location: z
      .string()
      .trim()
      .max(120)
      .default('')
      .describe('The voting location (stembureau) the paper ballot came from'),
    voterAccountId: IdSchema.optional().describe(
      'When the voter has an account: marks them as having voted, so they cannot vote again online',
    ),
  })
  .meta({ id: 'PaperBallotEntry' });

export const PaperBallotRecordedSchema = z
  .object({
    roundId: z.string(),
    projectIds: z.array(z.string()),
    totalCostCents: z.number().int(),
    source: z.literal('paper'),
    location: z.string(),
  })
  .meta({ id: 'PaperBallotRecorded' });

export const ineligibleReasons = ['not-verified', 'outside-round-areas'] as const;

export const ParticipationSchema = z
  .object({
    roundId: z.string(),
    phase: BudgetPhaseSchema,
    eligible: z.boolean().describe('You may vote in this round'),
    reason: z
      .enum(ineligibleReasons)
      .nullable()
      .describe('Why not: no verified neighbourhood yet, or one outside the round'),
    hasVoted: z.boolean(),
    minimumAge: z.number().int().nullable().describe('You will be asked to confirm you are at least this old'),
  })
  .meta({ id: 'BudgetParticipation' });
export type Participation = z.infer<typeof ParticipationSchema>;
