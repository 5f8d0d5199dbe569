import { z } from 'zod';
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
