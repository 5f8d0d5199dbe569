import type {
  SiteIdentity,
  SiteIdentityUpdate,
  SitePage,
  SitePageSlug,
  SitePageUpdate,
} from '../../../contracts/site.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { authorityFor, type Authority } from '../../http/scope.ts';
import { badRequest, forbidden, ProblemError } from '../../http/problem.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { ContrastFailure } from './contrast.ts';
import { tokenPairs, tokensFromFile, type Token, type TokenProblem } from './design-tokens.ts';
import { logoProblem, type LogoMediaType } from './logo.ts';
import { DEFAULT_IDENTITY, DEFAULT_PAGES } from './site-defaults.ts';
import { siteAccess } from './site.policy.ts';
import { createSiteRepository, IDENTITY_ROW } from './site.repository.ts';
import type { SiteIdentityTable } from './site.tables.ts';
import { themeCss } from './theme-css.ts';

export interface SiteDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
}

/** The identity as stored (or the default), with what the routes and the HTML need. */
export interface IdentityState {
  row: SiteIdentityTable | undefined;
  name: string;
  version: number;
  hasLogo: boolean;
}

/** Colour pairs below WCAG AA: 422, each pair named with its ratio (the web app words it in Dutch). */
function contrastProblem(failures: readonly ContrastFailure[]): ProblemError {
  return new ProblemError(
    422,
    `These colours are too close to what stands on them; WCAG AA asks for a contrast of at least 4.5:1: ${failures
      .map((f) => `${f.name} (${f.ratio}:1)`)
      .join(', ')}.`,
    'contrast-too-low',
    failures.map((f) => ({ name: f.name, reason: f.reason, code: 'contrast-too-low', minimum: 4.5 })),
  );
}

/** The municipality's identity and its footer pages; changed by a municipality-wide administrator. */
export function createSiteService(deps: SiteDeps) {
  const { db, clock } = deps;
  const repo = createSiteRepository(db);

  function municipalityAdministrator(caller: Caller, roles: readonly 'administrator'[]): Authority {
    const authority = authorityFor(caller, roles, []);
    if (!authority)
      throw forbidden(
        'The site’s identity and pages belong to the whole municipality: an administrator for the municipality changes them.',
      );
    return authority;
  }

  const tokensOf = (row: SiteIdentityTable | undefined): Token[] =>
    row ? (JSON.parse(row.tokens_json) as Token[]) : [];

  async function state(): Promise<IdentityState> {
    const row = await repo.identity();
    return { row, name: row?.name ?? DEFAULT_IDENTITY.name, version: row?.version ?? 0, hasLogo: !!row?.logo_base64 };
  }

  function present(current: IdentityState): SiteIdentity {
    const { row, version } = current;
    return {
      name: current.name,
      brandColor: row?.brand_color ?? DEFAULT_IDENTITY.brandColor,
      accentColor: row?.accent_color ?? DEFAULT_IDENTITY.accentColor,
      linkColor: row?.link_color ?? DEFAULT_IDENTITY.linkColor,
      logoUrl: current.hasLogo ? `/site/logo?v=${version}` : null,
      themeUrl: `/site/theme.css?v=${version}`,
      designTokens: tokensOf(row).length,
      updatedAt: row?.updated_at ?? null,
    };
  }

  /** What the audit log keeps of an identity: everything but the logo's bytes. */
  function auditView(row: SiteIdentityTable | undefined) {
    if (!row) return null;
    return {
      name: row.name,
      brandColor: row.brand_color,
      accentColor: row.accent_color,
      linkColor: row.link_color,
      logo: row.logo_base64
        ? { mediaType: row.logo_media_type, bytes: Buffer.from(row.logo_base64, 'base64').length }
        : null,
      designTokens: tokensOf(row).length,
    };
  }

  /** Who changes the identity: an administrator's account and grant, or the command line (null, null). */
  interface Actor {
    accountId: string | null;
    authority: Authority | null;
  }

  async function save(
    actor: Actor,
    action: string,
    change: (before: SiteIdentityTable | undefined) => SiteIdentityTable,
  ): Promise<SiteIdentity> {
    await db.transaction().execute(async (trx) => {
      const trxRepo = createSiteRepository(trx);
      const before = await trxRepo.identity();
      const after = change(before);
      await trxRepo.saveIdentity(after);
      await deps.audit(trx, {
        actorId: actor.accountId,
        action,
        subjectType: 'site',
        subjectId: 'identity',
        before: auditView(before),
        after: auditView(after),
        authority: actor.authority,
      });
    });
    return present(await state());
  }

  const base = (before: SiteIdentityTable | undefined): SiteIdentityTable => ({
    id: IDENTITY_ROW,
    name: before?.name ?? DEFAULT_IDENTITY.name,
    brand_color: before?.brand_color ?? DEFAULT_IDENTITY.brandColor,
    accent_color: before?.accent_color ?? DEFAULT_IDENTITY.accentColor,
    link_color: before?.link_color ?? DEFAULT_IDENTITY.linkColor,
    logo_media_type: before?.logo_media_type ?? null,
    logo_base64: before?.logo_base64 ?? null,
    tokens_json: before?.tokens_json ?? '[]',
    version: (before?.version ?? 0) + 1,
    updated_at: clock.now().toISOString(),
  });

  async function applyDesignTokens(
    actor: Actor,
    file: Record<string, unknown>,
  ): Promise<{ identity: SiteIdentity; skipped: TokenProblem[] }> {
    const { tokens, problems } = tokensFromFile(file);
    if (tokens.length === 0)
      throw badRequest('The file holds no design tokens this can use.', [
        { name: 'body.tokens', reason: 'No tokens with a plain CSS value', code: 'no-tokens' },
      ]);
    // The contrast check (with colorjs.io) loads when colours are first set, not at start-up.
    const { contrastFailures } = await import('./contrast.ts');
    const failures = contrastFailures(tokenPairs(tokens));
    if (failures.length > 0) throw contrastProblem(failures);
    const identity = await save(actor, 'site.design_tokens_set', (before) => ({
      ...base(before),
      tokens_json: JSON.stringify(tokens),
    }));
    return { identity, skipped: problems };
  }

  const clearTokens = (actor: Actor) =>
    save(actor, 'site.design_tokens_cleared', (before) => ({ ...base(before), tokens_json: '[]' }));

  return {
    state,
    present,

    async identity(): Promise<SiteIdentity> {
      return present(await state());
    },

    async updateIdentity(caller: Caller, input: SiteIdentityUpdate): Promise<SiteIdentity> {
      const authority = municipalityAdministrator(caller, siteAccess.changeIdentity);
      const update = input;
      const { contrastFailures, identityPairs } = await import('./contrast.ts');
      const failures = contrastFailures(identityPairs(update));
      if (failures.length > 0) throw contrastProblem(failures);
      let logo: { mediaType: LogoMediaType; base64: string } | null | undefined;
      if (update.logo) {
        const problem = logoProblem(update.logo.mediaType, Buffer.from(update.logo.data, 'base64'));
        if (problem)
          throw badRequest(`The logo was refused: ${problem}.`, [
            { name: 'body.logo', reason: problem, code: 'logo-refused' },
          ]);
        logo = { mediaType: update.logo.mediaType, base64: update.logo.data };
      } else logo = update.logo;
      return save({ accountId: caller.accountId, authority }, 'site.identity_changed', (before) => ({
        ...base(before),
        name: update.name,
        brand_color: update.brandColor,
        accent_color: update.accentColor,
        link_color: update.linkColor,
        ...(logo === undefined ? {} : { logo_media_type: logo?.mediaType ?? null, logo_base64: logo?.base64 ?? null }),
      }));
    },

    /** A tokens file's tokens replace the ones before; tokens that are no plain CSS value are left out and named. */
    async setDesignTokens(
      caller: Caller,
      file: Record<string, unknown>,
    ): Promise<{ identity: SiteIdentity; skipped: TokenProblem[] }> {
      const authority = municipalityAdministrator(caller, siteAccess.changeIdentity);
      return applyDesignTokens({ accountId: caller.accountId, authority }, file);
    },

    /** The same from the command line (`npm run cli -- site design-tokens FILE`), by no account. */
    async setDesignTokensAsOperator(file: Record<string, unknown>) {
      return applyDesignTokens({ accountId: null, authority: null }, file);
    },

    async clearDesignTokens(caller: Caller): Promise<SiteIdentity> {
      const authority = municipalityAdministrator(caller, siteAccess.changeIdentity);
      return clearTokens({ accountId: caller.accountId, authority });
    },

    async clearDesignTokensAsOperator(): Promise<SiteIdentity> {
      return clearTokens({ accountId: null, authority: null });
    },

    /** The stylesheet for the current identity; empty of rules until one is set. */
    async themeCss(): Promise<{ css: string; version: number }> {
      const { row, version } = await state();
      const colours = row
        ? { brandColor: row.brand_color, accentColor: row.accent_color, linkColor: row.link_color }
        : undefined;
      return { css: themeCss(colours, tokensOf(row)), version };
    },

    async logo(): Promise<{ mediaType: string; bytes: Buffer; version: number } | undefined> {
      const row = await repo.identity();
      if (!row?.logo_base64 || !row.logo_media_type) return undefined;
      return { mediaType: row.logo_media_type, bytes: Buffer.from(row.logo_base64, 'base64'), version: row.version };
    },

    async page(slug: SitePageSlug): Promise<SitePage> {
      const row = await repo.page(slug);
      return row
        ? { slug, title: row.title, body: row.body, updatedAt: row.updated_at }
        : { slug, ...DEFAULT_PAGES[slug], updatedAt: null };
    },

    async updatePage(caller: Caller, slug: SitePageSlug, input: SitePageUpdate): Promise<SitePage> {
      const authority = municipalityAdministrator(caller, siteAccess.changePage);
      const updatedAt = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const trxRepo = createSiteRepository(trx);
        const before = await trxRepo.page(slug);
        await trxRepo.savePage({ slug, title: input.title, body: input.body, updated_at: updatedAt });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'site.page_changed',
          subjectType: 'site_page',
          subjectId: slug,
          before: before ? { title: before.title, body: before.body } : null,
          after: { title: input.title, body: input.body },
          authority,
        });
      });
      return { slug, title: input.title, body: input.body, updatedAt };
    },
  };
}
export type SiteService = ReturnType<typeof createSiteService>;
