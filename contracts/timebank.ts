import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';

/** Hours are given in quarter hours; the ledger stores whole minutes so sums are exact. */
export const HoursSchema = z.number().min(0.25).max(100).multipleOf(0.25);

export const BalanceSchema = z
  .object({
    accountId: z.string().describe('The ledger account'),
    hours: z.number().describe('Hours given minus hours received'),
    limitHours: z.number().describe('How far below zero the balance may go for help received'),
    giftableHours: z
      .number()
      .describe('How many hours may be given away: only hours earned by helping (the balance when positive)'),
  })
  .meta({ id: 'TimeBalance' });

export const EntryKindSchema = z.enum(['exchange', 'gift', 'reversal']);
export const EntrySchema = z
  .object({
    id: z.string(),
    transactionId: z.string(),
    kind: EntryKindSchema,
    hours: z.number().describe('Positive: credited to you; negative: debited'),
    counterparty: z
      .string()
      .describe(
        'Who the hours went to or came from: a display name, or the area id of a pot; empty for a resident who is not online',
      ),
    counterpartyKind: z
      .enum(['member', 'recipient', 'pot'])
      .describe('A neighbour with an account, a resident who is not online, or a community pot'),
    requestId: z.string().nullable(),
    reversesId: z.string().nullable(),
    memo: z.string(),
    occurredAt: TimestampSchema,
  })
  .meta({ id: 'TimeEntry' });
export const EntryPageSchema = pageOf(EntrySchema).meta({ id: 'TimeEntryPage' });
export const EntryQuerySchema = PageQuerySchema;

export const GiftSchema = z
  .strictObject({
    toAccountId: IdSchema.optional().describe('A neighbour…'),
    toPotAreaId: IdSchema.optional().describe('…or the community pot of a neighbourhood'),
    hours: HoursSchema,
    memo: z.string().trim().max(200).default(''),
  })
  .meta({ id: 'TimeGift' });

export const TransactionSchema = z
  .object({ id: z.string(), kind: EntryKindSchema, hours: z.number(), occurredAt: TimestampSchema })
  .meta({ id: 'TimeTransaction' });

export const ReversalSchema = z
  .strictObject({ reason: z.string().trim().min(5).max(500) })
  .meta({ id: 'TimeReversal' });
export const PotSchema = z.object({ areaId: z.string(), hours: z.number() }).meta({ id: 'CommunityPot' });

export const TransactionIdParams = z.strictObject({ transactionId: IdSchema });
export const AreaIdParams = z.strictObject({ areaId: IdSchema });
