import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';

/** How a resident proved they live in a neighbourhood. */
export const verificationMethods = ['letter_code', 'in_person', 'provider'] as const;
export const VerificationMethodSchema = z
  .enum(verificationMethods)
  .describe(
    'letter_code: a one-time code sent by post; in_person: checked at a desk by a professional or civil servant; provider: a log-in through an identity provider at a level an administrator accepts, for the home neighbourhood the resident chose',
  );
export type VerificationMethod = z.infer<typeof VerificationMethodSchema>;

export const CODE_BATCH_MAX = 5_000;
export const CODE_VALID_DAYS_DEFAULT = 90;

export const CodeBatchRequestSchema = z
  .strictObject({
    count: z.number().int().min(1).max(CODE_BATCH_MAX).describe('How many letters to print'),
    validDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .default(CODE_VALID_DAYS_DEFAULT)
      .describe('Days until the codes expire'),
  })
  .meta({ id: 'CodeBatchRequest' });

export const CodeBatchSchema = z
  .object({
    id: z.string(),
    areaId: z.string(),
    count: z.number().int(),
    usedCount: z.number().int(),
    createdBy: z.string().nullable(),
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema,
  })
  .meta({ id: 'CodeBatch' });
export type CodeBatch = z.infer<typeof CodeBatchSchema>;

export const CodeBatchCreatedSchema = CodeBatchSchema.extend({
  codes: z.array(z.string()).describe('The codes, shown this once only: the server keeps only their hashes'),
}).meta({ id: 'CodeBatchCreated' });
export type CodeBatchCreated = z.infer<typeof CodeBatchCreatedSchema>;

export const CodeBatchPageSchema = pageOf(CodeBatchSchema).meta({ id: 'CodeBatchPage' });

export const RedeemCodeSchema = z
  .strictObject({
    code: z.string().trim().min(4).max(40).describe('The code from the letter; spaces and dashes do not matter'),
  })
  .meta({ id: 'CodeRedemption' });

export const InPersonVerificationSchema = z
  .strictObject({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email().max(254))
      .optional()
      .describe('The resident’s email address, as they tell it at the desk'),
    accountId: IdSchema.optional(),
    note: z
      .string()
      .trim()
      .max(500)
      .optional()
      .describe('What was checked, e.g. "ID and rental contract"; goes to the audit log'),
  })
  .refine((v) => (v.email === undefined) !== (v.accountId === undefined), {
    message: 'Give either email or accountId',
    path: ['email'],
  })
  .meta({ id: 'InPersonVerification' });

export const VerificationSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    areaId: z.string(),
    areaCode: z.string(),
    areaName: z.string(),
    method: VerificationMethodSchema,
    verifiedBy: z.string().nullable().describe('Display name of who checked in person; null for a letter code'),
    verifiedAt: TimestampSchema,
    current: z.boolean().describe('True for the latest verification: the neighbourhood the resident counts for now'),
  })
  .meta({ id: 'Verification' });
export type Verification = z.infer<typeof VerificationSchema>;

export const VerificationQuerySchema = PageQuerySchema;
export const VerificationPageSchema = pageOf(VerificationSchema).meta({ id: 'VerificationPage' });
