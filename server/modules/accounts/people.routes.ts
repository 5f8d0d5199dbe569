import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PeopleQuerySchema, PersonPageSchema } from '../../../contracts/people.ts';
import { requireCaller } from '../../http/auth.ts';
import { perCaller } from '../../http/rate-limits.ts';
import { accountsAccess as access } from './accounts.policy.ts';
import type { PeopleService } from './people.service.ts';

/** Finding by name costs a query: generous for a person typing, costly for a script harvesting names. */
const SEARCH_LIMIT = perCaller(60, 60_000);

export const peopleRoutes =
  (people: PeopleService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/people', {
      config: { access: access.findPeople, rateLimit: SEARCH_LIMIT },
      schema: {
        tags: ['Accounts'],
        operationId: 'findPeople',
        summary: 'Find a person by name: neighbours of your own neighbourhood, or the people in the areas you work for',
        querystring: PeopleQuerySchema,
        response: { 200: PersonPageSchema },
      },
      handler: async (request) =>
        people.search(requireCaller(request.caller), request.query.q, request.query.limit, request.query.cursor),
    });
  };
