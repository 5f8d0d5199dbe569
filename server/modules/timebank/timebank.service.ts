import type { AccountsPort } from '../accounts/accounts.port.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { badRequest, conflict, notFound, ProblemError } from '../../http/problem.ts';
import { authorityFor } from '../../http/scope.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import { lineageIds, type AreasPort } from '../areas/areas.port.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { HelpPort } from '../help/help.port.ts';
import {
  planReversal,
  planTransfer,
  toHours,
  toMinutes,
  type LedgerAccountState,
  type Limits,
  type Plan,
} from './ledger.ts';
import { timebankAccess } from './timebank.policy.ts';
import { createTimebankRepository, type Owner } from './timebank.repository.ts';
import type { TimebankTransactionsTable } from './timebank.tables.ts';

export interface TimebankDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  limits: Limits;
  activity: ActivityRecorder;
  audit: AuditWriter;
  areaExists(areaId: string): Promise<boolean>;
  accounts: Pick<AccountsPort, 'displayNames' | 'isActive' | 'homeAreaOf'>;
  /** For the scope of a correction: the lineage of a booking's neighbourhood… */
  areas: Pick<AreasPort, 'lineage'>;
  /** …which for an exchange is its help request's. */
  help: Pick<HelpPort, 'areaOfRequest'>;
}

export interface Transfer {
  kind: 'exchange' | 'gift';
  /** Exchange: the resident who was helped. Gift: the giver. */
  debit: Owner;
  /** Exchange: the helper. Gift: the receiver. */
  credit: Owner;
  minutes: number;
  requestId?: string | null;
  createdBy: string | null;
  memo: string;
  areaId: string | null;
}

/** The resident behind a ledger owner; a neighbourhood pot has none. */
const memberId = (owner: Owner): string | null => (owner.kind === 'member' ? owner.id : null);

function refuse(plan: Exclude<Plan, { ok: true }>): ProblemError {
  if (plan.code === 'limit-reached') return conflict(plan.detail, 'time-balance-limit');
  if (plan.code === 'gift-exceeds-earned') return conflict(plan.detail, 'gift-exceeds-earned');
  if (plan.code === 'already-reversed') return conflict(plan.detail, 'already-reversed');
  return badRequest(plan.detail, [{ name: 'body.hours', reason: plan.detail, code: plan.code }]);
}

const state = (row: {
  id: string;
  owner_kind: LedgerAccountState['kind'];
  balance_minutes: number;
}): LedgerAccountState => ({
  id: row.id,
  kind: row.owner_kind,
  balance: Number(row.balance_minutes),
});

export function createTimebankService(deps: TimebankDeps) {
  const { db, clock, ids, limits } = deps;

  /** Books one two-sided transaction inside the caller's transaction `trx`. */
  async function transfer(trx: Db, input: Transfer): Promise<string> {
    const repo = createTimebankRepository(trx);
    const nowIso = clock.now().toISOString();
    await repo.ensureAccounts([input.debit, input.credit], ids, nowIso);
    const locked = await repo.lockAccounts([input.debit, input.credit]);
    const find = (o: Owner) => locked.find((a) => a.owner_kind === o.kind && a.owner_id === o.id);
    const debit = find(input.debit);
    const credit = find(input.credit);
    if (!debit || !credit) throw new Error('time bank accounts vanished inside a transaction');
    const plan = planTransfer(state(debit), state(credit), input.minutes, limits, input.kind);
    if (!plan.ok) throw refuse(plan);
    const transactionId = ids();
    await repo.insertTransaction(
      {
        id: transactionId,
        kind: input.kind,
        request_id: input.requestId ?? null,
        reverses_id: null,
        created_by: input.createdBy,
        memo: input.memo,
        occurred_at: nowIso,
      },
      plan.postings.map((p) => ({
        id: ids(),
        transaction_id: transactionId,
        account_id: p.accountId,
        amount_minutes: p.amount,
        occurred_at: nowIso,
      })),
    );
    await deps.activity(trx, {
      verb: input.kind === 'exchange' ? 'hours.booked' : 'hours.gifted',
      actorId: input.kind === 'exchange' ? (input.credit.kind === 'member' ? input.credit.id : null) : input.createdBy,
      // Who benefited: the resident who was helped (exchange) or the neighbour who received (gift).
      counterpartId: input.kind === 'exchange' ? memberId(input.debit) : memberId(input.credit),
      subjectType: 'timebank_transaction',
      subjectId: transactionId,
      areaId: input.areaId,
      domain: 'care_and_wellbeing',
      hours: toHours(input.minutes),
    });
    return transactionId;
  }

  /** Where a booking happened: its help request's neighbourhood, or the pot's; a gift between residents has none. */
  async function bookingArea(
    transaction: TimebankTransactionsTable,
    entries: ReadonlyArray<{ owner_kind: string; owner_id: string }>,
  ): Promise<string | undefined> {
    if (transaction.request_id !== null) return deps.help.areaOfRequest(transaction.request_id);
    return entries.find((entry) => entry.owner_kind === 'pot')?.owner_id;
  }

  async function balanceOf(owner: Owner) {
    const account = await createTimebankRepository(db).findAccount(owner);
    return { accountId: account?.id ?? '', hours: toHours(Number(account?.balance_minutes ?? 0)) };
  }

  return {
    transfer,

    async balance(caller: Caller) {
      const { accountId, hours } = await balanceOf({ kind: 'member', id: caller.accountId });
      return { accountId, hours, limitHours: toHours(limits.memberMinutes), giftableHours: Math.max(0, hours) };
    },

    async pot(areaId: string) {
      if (!(await deps.areaExists(areaId))) throw notFound('The neighbourhood');
      return { areaId, hours: (await balanceOf({ kind: 'pot', id: areaId })).hours };
    },

    async history(caller: Caller, limit: number, cursor?: string) {
      const repo = createTimebankRepository(db);
      const account = await repo.findAccount({ kind: 'member', id: caller.accountId });
      if (!account) return { items: [], nextCursor: null };
      const rows = await repo.history(account.id, limit, decodeCursor(cursor));
      const transactionIds = rows.slice(0, limit).map((r) => r.transaction_id);
      const [transactions, entries] = await Promise.all([
        repo.transactions(transactionIds),
        repo.entriesOf(transactionIds),
      ]);
      const names = await deps.accounts.displayNames(
        entries.filter((e) => e.owner_kind === 'member').map((e) => e.owner_id),
      );
      const counterpartyOf = (transactionId: string) => {
        const other = entries.find((e) => e.transaction_id === transactionId && e.account_id !== account.id);
        if (!other || other.owner_kind === 'recipient')
          return { counterparty: '', counterpartyKind: 'recipient' as const };
        if (other.owner_kind === 'pot') return { counterparty: other.owner_id, counterpartyKind: 'pot' as const };
        return { counterparty: names.get(other.owner_id) ?? '', counterpartyKind: 'member' as const };
      };
      return toPage(
        rows,
        limit,
        (r) => ({ sort: r.occurred_at, id: r.id }),
        (row) => {
          const transaction = transactions.find((t) => t.id === row.transaction_id);
          return {
            id: row.id,
            transactionId: row.transaction_id,
            kind: transaction?.kind ?? 'exchange',
            hours: toHours(Number(row.amount_minutes)),
            ...counterpartyOf(row.transaction_id),
            requestId: transaction?.request_id ?? null,
            reversesId: transaction?.reverses_id ?? null,
            memo: transaction?.memo ?? '',
            occurredAt: row.occurred_at,
          };
        },
      );
    },

    async gift(
      caller: Caller,
      input: { toAccountId?: string | undefined; toPotAreaId?: string | undefined; hours: number; memo: string },
    ) {
      if ((input.toAccountId === undefined) === (input.toPotAreaId === undefined)) {
        throw badRequest('Give to one neighbour or to one community pot.', [
          { name: 'body.toAccountId', reason: 'Give either toAccountId or toPotAreaId' },
        ]);
      }
      let credit: Owner;
      if (input.toPotAreaId !== undefined) {
        if (!(await deps.areaExists(input.toPotAreaId)))
          throw badRequest('There is no such neighbourhood.', [{ name: 'body.toPotAreaId', reason: 'Unknown area' }]);
        credit = { kind: 'pot', id: input.toPotAreaId };
      } else {
        if (!(await deps.accounts.isActive(input.toAccountId ?? '')))
          throw badRequest('There is no such neighbour.', [{ name: 'body.toAccountId', reason: 'Unknown account' }]);
        credit = { kind: 'member', id: input.toAccountId ?? '' };
      }
      const minutes = toMinutes(input.hours);
      const transactionId = await db.transaction().execute(async (trx) =>
        transfer(trx, {
          kind: 'gift',
          debit: { kind: 'member', id: caller.accountId },
          credit,
          minutes,
          createdBy: caller.accountId,
          memo: input.memo,
          // A gift between neighbours happens where the giver lives; to a pot, in the pot's neighbourhood.
          areaId: input.toPotAreaId ?? (await deps.accounts.homeAreaOf(trx, caller.accountId)),
        }),
      );
      return { id: transactionId, kind: 'gift' as const, hours: input.hours, occurredAt: clock.now().toISOString() };
    },

    /**
     * A correction: audit-logged, never an edit. Only by an administrator or the neighbourhood team
     * whose grant covers the booking's neighbourhood (`bookingArea`; a booking without one only
     * municipality-wide), and never by someone whose own hours the booking moved.
     */
    async reverse(caller: Caller, transactionId: string, reason: string) {
      const repo = createTimebankRepository(db);
      const original = await repo.findTransaction(transactionId);
      const booked = original ? await repo.entriesOf([original.id]) : [];
      const areaId = original ? await bookingArea(original, booked) : undefined;
      const lineage = areaId === undefined ? [] : await lineageIds(deps.areas, areaId);
      const authority = authorityFor(caller, timebankAccess.reverse, lineage);
      if (!original || !authority) throw notFound('The transaction');
      if (booked.some((entry) => entry.owner_kind === 'member' && entry.owner_id === caller.accountId))
        throw new ProblemError(403, 'Someone else has to correct a booking of your own hours.', 'own-booking');
      if (original.kind === 'reversal')
        throw conflict('A reversal cannot itself be reversed; book a new transaction instead.', 'reversal-of-reversal');
      const nowIso = clock.now().toISOString();
      const reversalId = ids();
      let minutes = 0;
      await db.transaction().execute(async (trx) => {
        const tx = createTimebankRepository(trx);
        const entries = await tx.entriesOf([original.id]);
        const locked = await tx.lockAccountsById(entries.map((e) => e.account_id));
        const balances = new Map(locked.map((a) => [a.id, state(a)]));
        const postings = entries.map((e) => ({ accountId: e.account_id, amount: Number(e.amount_minutes) }));
        const plan = planReversal(postings, balances, (await tx.findReversalOf(original.id)) !== undefined, limits);
        if (!plan.ok) throw refuse(plan);
        minutes = plan.postings[1].amount;
        await tx.insertTransaction(
          {
            id: reversalId,
            kind: 'reversal',
            request_id: original.request_id,
            reverses_id: original.id,
            created_by: caller.accountId,
            memo: reason,
            occurred_at: nowIso,
          },
          plan.postings.map((p) => ({
            id: ids(),
            transaction_id: reversalId,
            account_id: p.accountId,
            amount_minutes: p.amount,
            occurred_at: nowIso,
          })),
        );
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'hours.reversed',
          subjectType: 'timebank_transaction',
          subjectId: original.id,
          after: { reversalId, minutes },
          reason,
          areaId: areaId ?? null,
          authority,
        });
        await deps.activity(trx, {
          verb: 'hours.reversed',
          actorId: caller.accountId,
          subjectType: 'timebank_transaction',
          subjectId: reversalId,
          areaId: areaId ?? null,
          hours: toHours(minutes),
        });
      });
      return { id: reversalId, kind: 'reversal' as const, hours: toHours(minutes), occurredAt: nowIso };
    },

    integrity: () => createTimebankRepository(db).audit(),
  };
}
export type TimebankService = ReturnType<typeof createTimebankService>;
