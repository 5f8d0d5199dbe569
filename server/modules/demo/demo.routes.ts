import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DemoAccountsSchema, type DemoAccounts } from '../../../contracts/demo.ts';
import { ProblemError } from '../../http/problem.ts';
import type { AccountsPort } from '../accounts/accounts.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { VerificationPort } from '../verification/verification.port.ts';
import { DEMO_ACCOUNTS, DEMO_LETTER_CODE, DEMO_MUNICIPALITY } from '../../platform/demo/demo-accounts.ts';
import { demoAccess as access } from './demo.policy.ts';

export interface DemoRoutesDeps {
  enabled: boolean;
  accounts: Pick<AccountsPort, 'findActive'>;
  areas: Pick<AreasPort, 'lineage' | 'refs'>;
  verification: Pick<VerificationPort, 'verifiedAreas' | 'usableCodeArea'>;
}

export const demoRoutes =
  (deps: DemoRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/demo-accounts', {
      config: { access: access.accounts },
      schema: {
        tags: ['Demo'],
        operationId: 'listDemoAccounts',
        summary: 'The demo accounts and their passwords (demo mode only; 404 otherwise)',
        response: { 200: DemoAccountsSchema },
      },
      handler: async (_request, reply) => {
        if (!deps.enabled) throw new ProblemError(404, 'There are no demo accounts: demo mode is off.', 'not-found');
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
  };
