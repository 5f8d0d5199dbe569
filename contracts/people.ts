import * as z from 'zod';
import { PAGE_SIZE_MAX, pageOf } from './common.ts';

/**
 * Finding a person by name, for forms that name one (a neighbour to give hours to, a helper's
 * VOG, a resident's guardian, a role grant): never by account id. Only people the caller may deal
 * with are found — see server/modules/accounts/people.service.ts.
 */
export const PeopleQuerySchema = z.strictObject({
  q: z.string().trim().min(2).max(60).describe('Part of the name (at least two characters)'),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(10).describe('Page size (default 10, at most 100)'),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
});

export const PersonSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    neighbourhood: z.string().nullable().describe("The name of the person's neighbourhood, if they chose one"),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;
export const PersonPageSchema = pageOf(PersonSchema).meta({ id: 'PersonPage' });
