import type { AccountsTable } from './accounts.tables.ts';
import { DEMO_ACCOUNTS, GENERATED_RESIDENT_PASSWORD } from '../../platform/demo/demo-accounts.ts';
import { demoPasswordHash } from '../../platform/demo/demo-passwords.ts';
import type { GeneratorStep } from '../../platform/demo/generator.ts';
import { personName } from '../../platform/demo/names.ts';

/** The demo accounts for every role, with their (area-scoped) roles. */
export const demoAccountsStep: GeneratorStep = {
  name: 'demo accounts',
  async run(context) {
    const ids = context.ids('demo-accounts');
    const { state } = context;
    const firstNeighbourhood = state.neighbourhoods[0]?.id ?? null;
    const accounts: AccountsTable[] = [];
    const grants = [];
    for (const demo of DEMO_ACCOUNTS) {
      const id = ids();
      state.demoAccounts.set(demo.key, id);
      accounts.push({
        id,
        email: demo.email,
        password_hash: await demoPasswordHash(context.options.seed, demo.password),
        display_name: demo.displayName,
        locale: 'nl',
        created_at: context.daysAgo(380),
        password_changed_at: null,
        erased_at: null,
        home_area_id: demo.role === 'resident' ? firstNeighbourhood : null,
      });
      if (demo.role !== 'resident') {
        grants.push({
          id: ids(),
          account_id: id,
          role: demo.role,
          area_id: demo.scope === 'first-district' ? (state.districts[0]?.id ?? null) : null,
          granted_by: null,
          created_at: context.daysAgo(380),
        });
      }
    }
    await context.insert('accounts', accounts);
    await context.insert('role_assignments', grants);
  },
};

/** Every resident of the town has an account and a home neighbourhood. */
export const residentsStep: GeneratorStep = {
  name: 'residents',
  async run(context) {
    const random = context.random('residents');
    const ids = context.ids('residents');
    const { neighbourhoods } = context.state;
    const passwordHash = await demoPasswordHash(context.options.seed, GENERATED_RESIDENT_PASSWORD);
    const total = neighbourhoods.reduce((s, n) => s + n.population, 0);
    const residentIds: string[] = new Array<string>(total);
    const neighbourhoodOf = new Int32Array(total);
    const BATCH = 10_000;
    let batch: AccountsTable[] = [];
    let n = 0;
    for (const [index, neighbourhood] of neighbourhoods.entries()) {
      for (let i = 0; i < neighbourhood.population; i++) {
        const id = ids();
        residentIds[n] = id;
        neighbourhoodOf[n] = index;
        n += 1;
        batch.push({
          id,
          email: `bewoner${n}@wakkerdam.example`,
          password_hash: passwordHash,
          display_name: personName(random),
          locale: random.chance(0.04) ? 'en' : 'nl',
          created_at: context.daysAgo(random.next() * 365),
          password_changed_at: null,
          erased_at: null,
          home_area_id: neighbourhood.id,
        });
        if (batch.length === BATCH) {
          await context.insert('accounts', batch);
          batch = [];
        }
      }
    }
    await context.insert('accounts', batch);
    context.state.residents = { ids: residentIds, neighbourhood: neighbourhoodOf };
  },
};
