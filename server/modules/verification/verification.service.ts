import type { AreaRef } from '../../../contracts/areas.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { CodeBatch, CodeBatchCreated, Verification } from '../../../contracts/verification.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { authorityFor } from '../../http/scope.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { badRequest, conflict, forbidden, notFound, ProblemError } from '../../http/problem.ts';
import { addCalendarDays } from '../../platform/dutch-time.ts';
import type { AccountsPort } from '../accounts/accounts.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { hashLetterCode, newLetterCode } from './letter-codes.ts';
import { verificationAccess } from './verification.policy.ts';
import { createVerificationRepository } from './verification.repository.ts';
import type { VerificationCodesTable, VerificationsTable } from './verification.tables.ts';

export interface GuessLimits {
  /** Wrong guesses allowed per account within the window. */
  perAccount: number;
  /** Wrong guesses allowed from one IP address within the window (several residents may share one). */
  perIp: number;
  windowMs: number;
}

export const DEFAULT_GUESS_LIMITS: GuessLimits = { perAccount: 5, perIp: 20, windowMs: 3_600_000 };

export interface VerificationDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  activity: ActivityRecorder;
  areas: Pick<AreasPort, 'lineage' | 'refs'>;
  accounts: Pick<AccountsPort, 'findActive' | 'displayNames' | 'setHomeArea' | 'homeAreaOf'>;
  limits?: GuessLimits;
}

/** Too many wrong codes: the route adds Retry-After. */
export class TooManyGuesses extends ProblemError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      `Too many wrong codes. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or ask for a new letter.`,
      'too-many-code-guesses',
    );
  }
}

/** What a log-in through a provider did for verification (see verifyThroughProvider). */
export type ProviderVerificationResult =
  | 'verified'
  | 'already-verified'
  | 'no-home-neighbourhood'
  | 'verified-otherwise'
  | 'identity-verifies-another-account';

/** Failed guesses are kept this long (a rolling window, not calendar days). */
const DAY_MS = 86_400_000;

/**
 * "Verified for a neighbourhood": by a one-time letter code, or in person by a professional or
 * civil servant whose role covers that neighbourhood. The latest verification is the one that
 * counts; each is audit-logged with who did it.
 */
export function createVerificationService(deps: VerificationDeps) {
  const { db, clock, ids } = deps;
  const limits = deps.limits ?? DEFAULT_GUESS_LIMITS;
  const repo = createVerificationRepository(db);

  /** A neighbourhood the caller's role covers (a grant for its district or municipality counts). */
  async function coveredNeighbourhood(caller: Caller, areaIdOrCode: string, roles: readonly Role[]) {
    const lineage = await deps.areas.lineage(areaIdOrCode);
    if (!lineage) throw notFound('The area');
    const authority = authorityFor(caller, roles, lineage.ids);
    if (!authority) throw forbidden('Your role does not cover this neighbourhood.');
    if (lineage.area.kind !== 'neighbourhood') {
      throw badRequest('Residents are verified for a neighbourhood (buurt), not a district or municipality.', [
        { name: 'path.areaId', reason: `This is a ${lineage.area.kind}` },
      ]);
    }
    return { ...lineage.area, authority };
  }

  async function present(rows: readonly VerificationsTable[], currentId: string | undefined): Promise<Verification[]> {
    const areas = await deps.areas.refs(rows.map((r) => r.area_id));
    const names = await deps.accounts.displayNames(rows.flatMap((r) => (r.verified_by ? [r.verified_by] : [])));
    return rows.map((row) => {
      const area = areas.get(row.area_id);
      return {
        id: row.id,
        accountId: row.account_id,
        areaId: row.area_id,
        areaCode: area?.code ?? '',
        areaName: area?.name ?? '',
        method: row.method,
        verifiedBy: row.verified_by ? (names.get(row.verified_by) ?? null) : null,
        verifiedAt: row.verified_at,
        current: row.id === currentId,
      };
    });
  }

  async function presentOne(row: VerificationsTable): Promise<Verification> {
    const latest = await repo.latestVerification(row.account_id);
    return (await present([row], latest?.id))[0]!;
  }

  async function checkGuessAllowance(accountId: string, ip: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - limits.windowMs).toISOString();
    const checks = [
      { failures: await repo.failuresSince({ accountId }, since), max: limits.perAccount },
      { failures: await repo.failuresSince({ ip }, since), max: limits.perIp },
    ];
    for (const { failures, max } of checks) {
      if (failures.count >= max && failures.oldest) {
        const reopensAt = new Date(failures.oldest).getTime() + limits.windowMs;
        throw new TooManyGuesses(Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)));
      }
    }
  }

  async function recordFailure(accountId: string, ip: string, now: Date): Promise<void> {
    await repo.insertAttempt({ id: ids(), account_id: accountId, ip, attempted_at: now.toISOString() });
    // Old attempts are of no use to the limit; keep the table (and the personal data in it) small.
    await repo.deleteAttemptsBefore(new Date(now.getTime() - DAY_MS).toISOString());
  }

  return {
    /** Codes for one neighbourhood's letters. The plain codes are returned here and never again. */
    async issueCodes(
      caller: Caller,
      areaIdOrCode: string,
      input: { count: number; validDays: number },
    ): Promise<CodeBatchCreated & { area: AreaRef }> {
      const area = await coveredNeighbourhood(caller, areaIdOrCode, verificationAccess.issueCodes);
      const now = clock.now();
      // Valid for N days as on a Dutch calendar: the same time of day, N dates on, over any change of the clocks.
      const expiresAt = addCalendarDays(now, input.validDays).toISOString();
      const batch = {
        id: ids(),
        area_id: area.id,
        count: input.count,
        created_by: caller.accountId,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      };
      const plain = new Set<string>();
      while (plain.size < input.count) plain.add(newLetterCode());
      const codes = [...plain];
      const rows: VerificationCodesTable[] = codes.map((code) => ({
        id: ids(),
        batch_id: batch.id,
        area_id: area.id,
        code_hash: hashLetterCode(code),
        expires_at: expiresAt,
        used_at: null,
        used_by: null,
      }));
      await db.transaction().execute(async (trx) => {
        await createVerificationRepository(trx).insertBatch(batch, rows);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'verification.codes_issued',
          subjectType: 'area',
          subjectId: area.id,
          areaId: area.id,
          after: { batchId: batch.id, count: input.count, expiresAt },
          authority: area.authority,
        });
      });
      const { authority: _authority, ...ref } = area;
      return { ...presentBatch(batch, 0), codes, area: ref };
    },

    /**
     * Demo mode only (the demo module decides): one fresh code for a neighbourhood, valid for a day,
     * so every visitor can try verifying. Audit-logged like any batch, as the resident's own action.
     */
    async issueDemoCode(
      accountId: string,
      areaIdOrCode: string,
    ): Promise<{ code: string; area: AreaRef; expiresAt: string } | undefined> {
      const lineage = await deps.areas.lineage(areaIdOrCode);
      if (lineage?.area.kind !== 'neighbourhood') return undefined;
      const now = clock.now();
      const expiresAt = addCalendarDays(now, 1).toISOString();
      const code = newLetterCode();
      const batch = {
        id: ids(),
        area_id: lineage.area.id,
        count: 1,
        created_by: accountId,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      };
      const row: VerificationCodesTable = {
        id: ids(),
        batch_id: batch.id,
        area_id: lineage.area.id,
        code_hash: hashLetterCode(code),
        expires_at: expiresAt,
        used_at: null,
        used_by: null,
      };
      await db.transaction().execute(async (trx) => {
        await createVerificationRepository(trx).insertBatch(batch, [row]);
        await deps.audit(trx, {
          actorId: accountId,
          action: 'verification.demo_code_issued',
          subjectType: 'area',
          subjectId: lineage.area.id,
          areaId: lineage.area.id,
          after: { batchId: batch.id, count: 1, expiresAt },
          authority: null,
        });
      });
      return { code, area: lineage.area, expiresAt };
    },

    async listBatches(caller: Caller, areaIdOrCode: string, limit: number, cursor?: string) {
      const area = await coveredNeighbourhood(caller, areaIdOrCode, verificationAccess.listBatches);
      const rows = await repo.listBatches(area.id, limit, decodeCursor(cursor));
      const used = await repo.usedCounts(rows.slice(0, limit).map((r) => r.id));
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => presentBatch(row, used.get(row.id) ?? 0),
      );
    },

    /**
     * A resident types the code from their letter. Wrong guesses are counted in the database per
     * account and per IP, so the limit holds across app instances.
     */
    async redeem(caller: Caller, code: string, ip: string): Promise<{ verification: Verification; created: boolean }> {
      const now = clock.now();
      await checkGuessAllowance(caller.accountId, ip, now);
      const found = await repo.findCode(hashLetterCode(code));
      if (found?.used_by === caller.accountId) {
        // Typed twice (a double click, a second device): the same answer, not an error.
        const earlier = await repo.findVerificationByCode(found.id);
        if (earlier) return { verification: await presentOne(earlier), created: false };
      }
      const fail = async (problem: ProblemError): Promise<never> => {
        await recordFailure(caller.accountId, ip, now);
        throw problem;
      };
      const invalid = (reason: string) => [{ name: 'body.code', reason }];
      if (!found)
        return fail(
          new ProblemError(
            400,
            'This code is not valid. Check it against your letter.',
            'verification-code-invalid',
            invalid('Unknown code'),
          ),
        );
      if (found.used_at)
        return fail(
          new ProblemError(
            409,
            'This code has already been used. Ask the municipality for a new letter.',
            'verification-code-used',
            invalid('Already used'),
          ),
        );
      if (found.expires_at <= now.toISOString()) {
        return fail(
          new ProblemError(
            400,
            'This code has expired. Ask the municipality for a new letter.',
            'verification-code-expired',
            invalid('Expired'),
          ),
        );
      }
      const row: VerificationsTable = {
        id: ids(),
        account_id: caller.accountId,
        area_id: found.area_id,
        method: 'letter_code',
        verified_by: null,
        code_id: found.id,
        verified_at: now.toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        if (!(await createVerificationRepository(trx).useCode(found.id, caller.accountId, row.verified_at))) {
          throw conflict('This code has just been used.', 'verification-code-used');
        }
        await createVerificationRepository(trx).insertVerification(row);
        await deps.accounts.setHomeArea(trx, caller.accountId, found.area_id);
        await deps.activity(trx, {
          verb: 'resident.verified',
          actorId: caller.accountId,
          subjectType: 'account',
          subjectId: caller.accountId,
          areaId: found.area_id,
        });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'verification.code_redeemed',
          subjectType: 'account',
          subjectId: caller.accountId,
          areaId: found.area_id,
          after: { verificationId: row.id, batchId: found.batch_id },
          authority: null,
        });
      });
      return { verification: await presentOne(row), created: true };
    },

    /** At the desk: the resident showed proof of address to someone whose role covers the neighbourhood. */
    async verifyInPerson(
      caller: Caller,
      areaIdOrCode: string,
      input: { email?: string | undefined; accountId?: string | undefined; note?: string | undefined },
    ): Promise<Verification> {
      const area = await coveredNeighbourhood(caller, areaIdOrCode, verificationAccess.verifyInPerson);
      const resident = await deps.accounts.findActive(input);
      if (!resident) throw notFound(input.email !== undefined ? 'An account with this email address' : 'The account');
      if (resident.id === caller.accountId)
        throw new ProblemError(
          403,
          'Someone else has to verify you; you cannot verify yourself.',
          'cannot-verify-self',
        );
      const row: VerificationsTable = {
        id: ids(),
        account_id: resident.id,
        area_id: area.id,
        method: 'in_person',
        verified_by: caller.accountId,
        code_id: null,
        verified_at: clock.now().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await createVerificationRepository(trx).insertVerification(row);
        await deps.accounts.setHomeArea(trx, resident.id, area.id);
        await deps.activity(trx, {
          verb: 'resident.verified',
          actorId: caller.accountId,
          onBehalfOfId: resident.id,
          subjectType: 'account',
          subjectId: resident.id,
          areaId: area.id,
        });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'verification.in_person',
          subjectType: 'account',
          subjectId: resident.id,
          areaId: area.id,
          after: { verificationId: row.id },
          reason: input.note ?? null,
          authority: area.authority,
        });
      });
      return presentOne(row);
    },

    /**
     * A log-in through a provider at a level an administrator accepts (the accounts module checks
     * the level). The provider proves who someone is, not where they live, so this verifies the
     * home neighbourhood the resident chose, and only when: they chose one; no verification by
     * letter or in person stands (it is never replaced by a weaker one); and the identity verified
     * no other account (one person, one verified account).
     */
    async verifyThroughProvider(input: {
      accountId: string;
      identityKey: string;
    }): Promise<ProviderVerificationResult> {
      const areaId = await deps.accounts.homeAreaOf(db, input.accountId);
      if (!areaId) return 'no-home-neighbourhood';
      const latest = await repo.latestVerification(input.accountId);
      if (latest && latest.method !== 'provider') return 'verified-otherwise';
      if (latest?.area_id === areaId && latest.identity_key === input.identityKey) return 'already-verified';
      if (await repo.identityVerifiesOther(input.identityKey, input.accountId))
        return 'identity-verifies-another-account';
      const lineage = await deps.areas.lineage(areaId);
      if (lineage?.area.kind !== 'neighbourhood') return 'no-home-neighbourhood';
      const row: VerificationsTable = {
        id: ids(),
        account_id: input.accountId,
        area_id: areaId,
        method: 'provider',
        verified_by: null,
        code_id: null,
        verified_at: clock.now().toISOString(),
        identity_key: input.identityKey,
      };
      await db.transaction().execute(async (trx) => {
        await createVerificationRepository(trx).insertVerification(row);
        await deps.activity(trx, {
          verb: 'resident.verified',
          actorId: input.accountId,
          subjectType: 'account',
          subjectId: input.accountId,
          areaId,
        });
        await deps.audit(trx, {
          actorId: input.accountId,
          action: 'verification.provider',
          subjectType: 'account',
          subjectId: input.accountId,
          areaId,
          after: { verificationId: row.id },
          authority: null,
        });
      });
      return 'verified';
    },

    async listMine(accountId: string, limit: number, cursor?: string) {
      const rows = await repo.listVerifications(accountId, limit, decodeCursor(cursor));
      const latest = await repo.latestVerification(accountId);
      const items = await present(rows.slice(0, limit), latest?.id);
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.verified_at, id: row.id }),
        (row) => items.find((i) => i.id === row.id)!,
      );
    },

    /** The neighbourhood an unused, unexpired code is for (the demo shows its code while it lasts). */
    async usableCodeArea(code: string): Promise<string | undefined> {
      const found = await repo.findCode(hashLetterCode(code));
      return found && !found.used_at && found.expires_at > clock.now().toISOString() ? found.area_id : undefined;
    },

    /** The neighbourhoods this account counts as verified for now: the latest verification's. */
    async verifiedAreas(accountId: string): Promise<string[]> {
      const latest = await repo.latestVerification(accountId);
      return latest ? [latest.area_id] : [];
    },

    /** The same for many accounts at once (matching ranks many helpers); accounts without one are missing. */
    async verifiedAreasOf(accountIds: readonly string[]): Promise<Map<string, string[]>> {
      const latest = await repo.latestOfEach([...new Set(accountIds)]);
      return new Map([...latest].map(([accountId, row]) => [accountId, [row.area_id]]));
    },

    /** Whether the account is verified for this neighbourhood, or for one inside this district or municipality. */
    async isVerifiedFor(accountId: string, areaId: string): Promise<boolean> {
      const latest = await repo.latestVerification(accountId);
      if (!latest) return false;
      const lineage = await deps.areas.lineage(latest.area_id);
      return lineage?.ids.includes(areaId) ?? false;
    },
  };
}
export type VerificationService = ReturnType<typeof createVerificationService>;

function presentBatch(
  row: {
    id: string;
    area_id: string;
    count: number;
    created_by: string | null;
    created_at: string;
    expires_at: string;
  },
  usedCount: number,
): CodeBatch {
  return {
    id: row.id,
    areaId: row.area_id,
    count: row.count,
    usedCount,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
