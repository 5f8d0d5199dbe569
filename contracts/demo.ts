import * as z from 'zod';
import { TimestampSchema } from './common.ts';
import { RoleSchema } from './roles.ts';

export const DemoAccountSchema = z
  .object({
    email: z.string(),
    password: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    areaName: z.string().nullable().describe('Where the role applies, when not the whole municipality'),
    verified: z.boolean().describe('A resident already verified for their neighbourhood'),
  })
  .meta({ id: 'DemoAccount' });
export type DemoAccount = z.infer<typeof DemoAccountSchema>;

export const DemoAccountsSchema = z
  .object({
    accounts: z.array(DemoAccountSchema),
    letterCode: z
      .object({ code: z.string(), areaName: z.string() })
      .nullable()
      .describe('An unused letter code to try verification with, while it lasts'),
  })
  .meta({ id: 'DemoAccounts' });
export type DemoAccounts = z.infer<typeof DemoAccountsSchema>;

/** A fresh one-time letter code for the logged-in demo resident (demo mode only). */
export const DemoLetterCodeRequestSchema = z
  .strictObject({
    areaId: z.string().max(64).optional().describe('The neighbourhood; the demo’s first one when absent'),
  })
  .meta({ id: 'DemoLetterCodeRequest' });

export const DemoLetterCodeSchema = z
  .object({
    code: z.string(),
    areaName: z.string(),
    expiresAt: TimestampSchema,
  })
  .meta({ id: 'DemoLetterCode' });
export type DemoLetterCode = z.infer<typeof DemoLetterCodeSchema>;
