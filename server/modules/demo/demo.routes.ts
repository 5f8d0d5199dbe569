import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DemoAccountsSchema,
  DemoLetterCodeRequestSchema,
  DemoLetterCodeSchema,
  type DemoAccounts,
} from '../../../contracts/demo.ts';
import { requireCaller } from '../../http/auth.ts';
import { ProblemError } from '../../http/problem.ts';
import type { AccountsPort } from '../accounts/accounts.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { VerificationPort } from '../verification/verification.port.ts';
import { DEMO_ACCOUNTS, DEMO_LETTER_CODE, DEMO_MUNICIPALITY } from '../../platform/demo/demo-accounts.ts';
import { demoAccess as access } from './demo.policy.ts';

export interface DemoRoutesDeps {
  enabled: boolean;
  accounts: Pick<AccountsPort, 'findActive'>;
  areas: Pick<AreasPort, 'lineage' | 'refs' | 'within'>;
  verification: Pick<VerificationPort, 'verifiedAreas' | 'usableCodeArea' | 'issueDemoCode'>;
  /** Route-level flood guard per client, as on the letter-code endpoint itself. */
  rateLimit: { max: number; timeWindow: number };
}

export const demoRoutes =
  (deps: DemoRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/demo-accounts', {
      config: { access: access.accounts },
      schema: {
        tags: ['Demo'],
        operationId: 'listDemoAccounts',
        summary: 'The demo accounts and their passwords (demo mode only; an empty list otherwise)',
        response: { 200: DemoAccountsSchema },
      },
      handler: async (_request, reply) => {
        // Every log-in page asks: outside demo mode the answer is an empty list, not an error in the console.
        if (!deps.enabled) return { accounts: [], letterCode: null };
        const firstDistrict = await deps.areas.lineage(`WK${DEMO_MUNICIPALITY.code.slice(2)}01`);
        const accounts: DemoAccounts['accounts'] = [];
        // Only accounts that still exist: a database seeded before, or by hand, may lack them.
        for (const demo of DEMO_ACCOUNTS) {
          const account = await deps.accounts.findActive({ email: demo.email });
          if (!account) continue;
          accounts.push({
            email: demo.email,
            password: demo.password,
            displayName: account.displayName,
            role: demo.role,
            areaName: demo.scope === 'first-district' ? (firstDistrict?.area.name ?? null) : null,
            verified: (await deps.verification.verifiedAreas(account.id)).length > 0,
          });
        }
        const codeArea = await deps.verification.usableCodeArea(DEMO_LETTER_CODE);
        const areaName = codeArea ? (await deps.areas.refs([codeArea])).get(codeArea)?.name : undefined;
        reply.header('Cache-Control', 'no-store');
        return { accounts, letterCode: areaName ? { code: DEMO_LETTER_CODE, areaName } : null };
      },
    });

    app.post('/demo/letter-codes', {
      config: { access: access.letterCode, rateLimit: deps.rateLimit },
      schema: {
        tags: ['Demo'],
        operationId: 'createDemoLetterCode',
        summary: 'A fresh letter code to try verification with (demo mode only; 404 otherwise)',
        description:
          'For the logged-in visitor of the demo: one code for the given neighbourhood (the demo’s first when absent), valid for a day. Each one is in the audit log.',
        body: DemoLetterCodeRequestSchema,
        response: { 201: DemoLetterCodeSchema },
      },
      handler: async (request, reply) => {
        if (!deps.enabled)
          throw new ProblemError(404, 'There are no demo letter codes: demo mode is off.', 'not-found');
        const caller = requireCaller(request.caller);
        const areaId = request.body.areaId ?? (await firstNeighbourhood());
        const issued = areaId ? await deps.verification.issueDemoCode(caller.accountId, areaId) : undefined;
        if (!issued)
          throw new ProblemError(400, 'Letter codes are for a neighbourhood of the demo.', 'bad-request', [
            { name: 'body.areaId', reason: 'Not a neighbourhood (buurt)' },
          ]);
        reply.header('Cache-Control', 'no-store');
        return reply.code(201).send({ code: issued.code, areaName: issued.area.name, expiresAt: issued.expiresAt });
      },
    });

    /** The demo's first neighbourhood, where its fixed letter code is for too. */
    async function firstNeighbourhood(): Promise<string | undefined> {
      const district = await deps.areas.lineage(`WK${DEMO_MUNICIPALITY.code.slice(2)}01`);
      if (!district) return undefined;
      const ids = await deps.areas.within(district.area.id);
      const refs = await deps.areas.refs(ids);
      return [...refs.values()].sort((a, b) => a.code.localeCompare(b.code))[0]?.id;
    }
  };
