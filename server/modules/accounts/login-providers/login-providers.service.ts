import { timingSafeEqual } from 'node:crypto';
import { displayName } from '../../../../contracts/text.ts';
import type {
  LinkedIdentity,
  LoginProvider,
  LoginProviderError,
  LoginProviderOutcome,
  VerificationPolicy,
} from '../../../../contracts/login-providers.ts';
import type { Clock, IdGenerator } from '../../../clock.ts';
import type { Db } from '../../../db/database.ts';
import { hashToken, type Caller } from '../../../http/auth.ts';
import { conflict, notFound, ProblemError } from '../../../http/problem.ts';
import type { Platform } from '../../../platform/module.ts';
import type { AuditWriter } from '../../audit/audit.service.ts';
import type { VerificationPort } from '../../verification/verification.port.ts';
import type { AccountsService, NewSession } from '../accounts.service.ts';
import { createLoginProvidersRepository } from './login-providers.repository.ts';
import type { LoginFlowsTable, LoginIdentitiesTable, LoginPurpose } from './login-providers.tables.ts';
import { ProviderAnswerRefused, type OidcClient, type ProviderClaims } from './oidc-client.ts';
import type { LoginProviderSettings } from './provider-settings.ts';

export interface LoginProvidersDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  log: Platform['log'];
  providers: readonly LoginProviderSettings[];
  oidc: OidcClient;
  accounts: Pick<AccountsService, 'openProviderSession' | 'createForProvider' | 'emailTaken' | 'hasPassword'>;
  verification: Pick<VerificationPort, 'verifyThroughProvider'>;
}

/** How long someone has at the provider before the flow expires. */
export const FLOW_MINUTES = 10;

/** A refused answer, with what the browser was doing (the web app shows it on that page). */
export class FlowRefused extends Error {
  constructor(
    readonly code: LoginProviderError,
    readonly purpose: LoginPurpose,
  ) {
    super(code);
  }
}

export type FlowResult =
  | { purpose: 'login'; outcome: LoginProviderOutcome; session: NewSession; returnTo: string | null }
  | { purpose: 'link'; outcome: 'linked'; returnTo: string | null };

const FALLBACK_NAME = { nl: 'Bewoner', en: 'Resident' } as const;

/** One person at one provider: what a verification through a provider rests on (never the subject itself). */
export function identityKey(providerId: string, subject: string): string {
  return hashToken(`${providerId}\n${subject}`);
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Log-in through OpenID Connect providers: starting a flow, taking the provider's answer (which
 * logs in, creates an account or links an identity), the linked identities, and the levels of
 * assurance an administrator lets count as verification. Roles are never read from a provider.
 */
export function createLoginProvidersService(deps: LoginProvidersDeps) {
  const { db, clock, ids } = deps;
  const repo = createLoginProvidersRepository(db);

  function providerOf(providerId: string): LoginProviderSettings {
    const provider = deps.providers.find((p) => p.id === providerId);
    if (!provider) throw notFound('The log-in provider');
    return provider;
  }

  async function startFlow(
    provider: LoginProviderSettings,
    flow: { purpose: LoginPurpose; accountId: string | null; locale: 'nl' | 'en'; returnTo: string | null },
  ): Promise<{ authorizationUrl: string; state: string }> {
    const secrets = await deps.oidc.newSecrets();
    const url = await deps.oidc.authorizationUrl(provider, secrets).catch((error: unknown) => {
      deps.log.warn({ provider: provider.id, err: error }, 'log-in provider unavailable');
      throw new ProblemError(
        503,
        `${provider.name} cannot be reached at the moment. Try again later.`,
        'provider-unavailable',
      );
    });
    const now = clock.now();
    await repo.insertFlow({
      id: hashToken(secrets.state),
      provider_id: provider.id,
      purpose: flow.purpose,
      account_id: flow.accountId,
      nonce: secrets.nonce,
      code_verifier: secrets.codeVerifier,
      locale: flow.locale,
      return_to: flow.returnTo,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + FLOW_MINUTES * 60_000).toISOString(),
      used_at: null,
    });
    return { authorizationUrl: url.href, state: secrets.state };
  }

  /** The flow this answer belongs to: same browser (cookie), same provider, unused and unexpired. */
  async function takeFlow(providerId: string, state: string | undefined, cookieState: string | undefined) {
    if (!state || !cookieState || !sameSecret(state, cookieState)) throw new FlowRefused('state-invalid', 'login');
    const flow = await repo.findFlow(hashToken(state));
    if (!flow || flow.provider_id !== providerId) throw new FlowRefused('state-invalid', 'login');
    if (!(await repo.useFlow(flow.id, clock.now().toISOString()))) throw new FlowRefused('state-invalid', flow.purpose);
    return { flow, state };
  }

  async function validated(
    provider: LoginProviderSettings,
    flow: LoginFlowsTable,
    state: string,
    query: Record<string, string | undefined>,
  ) {
    try {
      return await deps.oidc.exchange(provider, query, { state, nonce: flow.nonce, codeVerifier: flow.code_verifier });
    } catch (error) {
      const code = error instanceof ProviderAnswerRefused ? error.code : 'id-token-invalid';
      deps.log.warn(
        { provider: provider.id, refused: code, err: (error as Error).cause ?? error },
        'log-in provider answer refused',
      );
      throw new FlowRefused(code, flow.purpose);
    }
  }

  /** When an administrator accepts this provider's level, the log-in may verify the resident. */
  async function maybeVerify(providerId: string, accountId: string, claims: ProviderClaims): Promise<void> {
    if (!claims.acr) return;
    const policy = await repo.findPolicy(providerId);
    const accepted = policy ? (JSON.parse(policy.accepted_levels) as string[]) : [];
    if (!accepted.includes(claims.acr)) return;
    const result = await deps.verification.verifyThroughProvider({
      accountId,
      identityKey: identityKey(providerId, claims.subject),
    });
    deps.log.info({ provider: providerId, verification: result }, 'log-in at an accepted level of assurance');
  }

  async function logIn(
    provider: LoginProviderSettings,
    flow: LoginFlowsTable,
    claims: ProviderClaims,
    previousSessionId: string | undefined,
  ): Promise<FlowResult> {
    const nowIso = clock.now().toISOString();
    let identity = await repo.findIdentity(provider.id, claims.subject);
    let outcome: LoginProviderOutcome = 'logged-in';
    if (identity) {
      await repo.updateIdentity(identity.id, {
        email: claims.email,
        assurance_level: claims.acr,
        last_login_at: nowIso,
      });
    } else {
      // A provider's word about an e-mail address never opens an existing account: log in and link instead.
      if (claims.email && (await deps.accounts.emailTaken(claims.email))) throw new FlowRefused('email-taken', 'login');
      const locale = flow.locale === 'en' ? 'en' : 'nl';
      const name = displayName().safeParse(claims.name ?? '');
      try {
        identity = await db.transaction().execute(async (trx) => {
          const accountId = await deps.accounts.createForProvider(trx, {
            email: claims.email,
            displayName: name.success ? name.data : FALLBACK_NAME[locale],
            locale,
          });
          return insertIdentity(trx, provider, accountId, claims, nowIso, 'account.created_through_provider');
        });
      } catch (error) {
        // The same person's two answers at once: the unique index let one through.
        identity = await repo.findIdentity(provider.id, claims.subject);
        if (!identity) throw error;
      }
      outcome = 'account-created';
    }
    await maybeVerify(provider.id, identity.account_id, claims);
    const session = await deps.accounts.openProviderSession(identity.account_id, previousSessionId);
    return { purpose: 'login', outcome, session, returnTo: flow.return_to };
  }

  async function insertIdentity(
    trx: Db,
    provider: LoginProviderSettings,
    accountId: string,
    claims: ProviderClaims,
    nowIso: string,
    action: string,
  ): Promise<LoginIdentitiesTable> {
    const row: LoginIdentitiesTable = {
      id: ids(),
      account_id: accountId,
      provider_id: provider.id,
      subject: claims.subject,
      email: claims.email,
      assurance_level: claims.acr,
      linked_at: nowIso,
      last_login_at: nowIso,
    };
    await createLoginProvidersRepository(trx).insertIdentity(row);
    await deps.audit(trx, {
      actorId: accountId,
      action,
      subjectType: 'account',
      subjectId: accountId,
      after: { provider: provider.id, identityId: row.id, assuranceLevel: claims.acr },
      authority: null,
    });
    return row;
  }

  async function link(
    provider: LoginProviderSettings,
    flow: LoginFlowsTable,
    claims: ProviderClaims,
    caller: Caller | null,
  ): Promise<FlowResult> {
    if (!caller || caller.accountId !== flow.account_id) throw new FlowRefused('link-session-ended', 'link');
    const nowIso = clock.now().toISOString();
    const existing = await repo.findIdentity(provider.id, claims.subject);
    if (existing && existing.account_id !== caller.accountId)
      throw new FlowRefused('identity-linked-elsewhere', 'link');
    if (existing) {
      await repo.updateIdentity(existing.id, {
        email: claims.email,
        assurance_level: claims.acr,
        last_login_at: nowIso,
      });
    } else {
      try {
        await db
          .transaction()
          .execute((trx) => insertIdentity(trx, provider, caller.accountId, claims, nowIso, 'login_identity.linked'));
      } catch (error) {
        const now = await repo.findIdentity(provider.id, claims.subject);
        if (now?.account_id !== caller.accountId)
          throw now ? new FlowRefused('identity-linked-elsewhere', 'link') : error;
      }
    }
    await maybeVerify(provider.id, caller.accountId, claims);
    return { purpose: 'link', outcome: 'linked', returnTo: flow.return_to };
  }

  function presentPolicy(
    providerId: string,
    row: { accepted_levels: string; updated_by: string | null; updated_at: string } | undefined,
  ): VerificationPolicy {
    return {
      providerId,
      acceptedLevels: row ? (JSON.parse(row.accepted_levels) as string[]) : [],
      updatedBy: row?.updated_by ?? null,
      updatedAt: row?.updated_at ?? null,
    };
  }

  return {
    list(): LoginProvider[] {
      return deps.providers.map((p) => ({ id: p.id, name: p.name }));
    },

    startLogin(providerId: string, input: { returnTo?: string | undefined; locale?: 'nl' | 'en' | undefined }) {
      return startFlow(providerOf(providerId), {
        purpose: 'login',
        accountId: null,
        locale: input.locale ?? 'nl',
        returnTo: input.returnTo ?? null,
      });
    },

    startLink(caller: Caller, providerId: string) {
      return startFlow(providerOf(providerId), {
        purpose: 'link',
        accountId: caller.accountId,
        locale: 'nl',
        returnTo: null,
      });
    },

    /**
     * The provider's answer. Refusals are FlowRefused (the route sends the browser to the web app
     * with the reason); nothing here answers 500 for a bad answer.
     */
    async complete(
      providerId: string,
      query: Record<string, string | undefined>,
      cookieState: string | undefined,
      caller: Caller | null,
    ): Promise<FlowResult> {
      const provider = deps.providers.find((p) => p.id === providerId);
      if (!provider) throw new FlowRefused('provider-unknown', 'login');
      const { flow, state } = await takeFlow(providerId, query.state, cookieState);
      if (query.error) throw new FlowRefused('provider-refused', flow.purpose);
      const claims = await validated(provider, flow, state, query);
      return flow.purpose === 'link'
        ? link(provider, flow, claims, caller)
        : logIn(provider, flow, claims, caller?.sessionId);
    },

    async listIdentities(caller: Caller): Promise<LinkedIdentity[]> {
      const rows = await repo.identitiesOf(caller.accountId);
      return rows.map((row) => ({
        id: row.id,
        providerId: row.provider_id,
        providerName: deps.providers.find((p) => p.id === row.provider_id)?.name ?? row.provider_id,
        email: row.email,
        assuranceLevel: row.assurance_level,
        linkedAt: row.linked_at,
        lastLoginAt: row.last_login_at,
      }));
    },

    /** Never the last way in: an account without a password keeps one identity. */
    async unlink(caller: Caller, identityId: string): Promise<void> {
      const mine = await repo.identitiesOf(caller.accountId);
      const identity = mine.find((row) => row.id === identityId);
      if (!identity) throw notFound('The linked identity');
      if (mine.length === 1 && !(await deps.accounts.hasPassword(caller.accountId))) {
        throw conflict(
          'This is the only way to log in to this account. Link another provider first.',
          'last-login-method',
        );
      }
      await db.transaction().execute(async (trx) => {
        await createLoginProvidersRepository(trx).deleteIdentity(identity.id);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'login_identity.unlinked',
          subjectType: 'account',
          subjectId: caller.accountId,
          before: { provider: identity.provider_id, identityId: identity.id },
          authority: null,
        });
      });
    },

    async policy(providerId: string): Promise<VerificationPolicy> {
      providerOf(providerId);
      return presentPolicy(providerId, await repo.findPolicy(providerId));
    },

    /** Only a municipality-wide administrator: verification through a provider counts everywhere. */
    async changePolicy(
      caller: Caller,
      providerId: string,
      input: { acceptedLevels: string[]; reason?: string | undefined },
    ): Promise<VerificationPolicy> {
      providerOf(providerId);
      if (!caller.grants.some((g) => g.role === 'administrator' && g.areaId === null)) {
        throw new ProblemError(
          403,
          'Only an administrator for the whole municipality decides which log-in levels count as verification.',
          'outside-your-scope',
        );
      }
      const levels = [...new Set(input.acceptedLevels)];
      const row = {
        provider_id: providerId,
        accepted_levels: JSON.stringify(levels),
        updated_by: caller.accountId,
        updated_at: clock.now().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        const tx = createLoginProvidersRepository(trx);
        const before = await tx.findPolicy(providerId);
        await tx.savePolicy(row);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'login_provider.verification_policy_changed',
          subjectType: 'login_provider',
          subjectId: providerId,
          before: { acceptedLevels: before ? (JSON.parse(before.accepted_levels) as string[]) : [] },
          after: { acceptedLevels: levels },
          reason: input.reason ?? null,
          authority: { role: 'administrator', areaId: null },
        });
      });
      return presentPolicy(providerId, row);
    },

    /** Forgets flows that ended (a periodic job). */
    forgetFlows: (now: Date) => repo.deleteFlowsBefore(now.toISOString()),
  };
}
export type LoginProvidersService = ReturnType<typeof createLoginProvidersService>;
