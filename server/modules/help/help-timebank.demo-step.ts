import type { AuditLogTable } from '../audit/audit.tables.ts';
import { planReversal, planTransfer, toHours, type LedgerOwnerKind, type Plan } from '../timebank/ledger.ts';
import type {
  TimebankAccountsTable,
  TimebankEntriesTable,
  TimebankTransactionsTable,
} from '../timebank/timebank.tables.ts';
import { DAY } from '../../platform/demo/calendar.ts';
import type { DemoContext } from '../../platform/demo/generator.ts';
import type { Random } from '../../platform/demo/random.ts';

const LIMITS = { memberMinutes: 20 * 60, potMinutes: 0 };
const REVERSED_SHARE = 0.02;
const GIFT_CHANCE = 0.25;
const GIFT_MEMOS = ['Bedankt voor je hulp!', 'Voor de buurtpot', 'Omdat je altijd klaarstaat', 'Fijne feestdagen'];
const REVERSAL_REASONS = ['Dubbel geboekt', 'Verkeerd aantal uren ingevuld', 'Hulp ging niet door'];

export interface DemoOwner {
  kind: LedgerOwnerKind;
  id: string;
}

/** An exchange booked for a closed help request, for corrections later. */
export interface DemoBooking {
  transactionId: string;
  areaId: string;
  districtIndex: number;
  at: number;
}

/**
 * The time bank as the demo writes it: balances kept as the real ledger keeps them, every
 * transfer checked by the ledger's own rules (`planTransfer`, `planReversal`), rows kept until the
 * end because balances are final only then.
 */
export function createDemoLedger(ids: () => string) {
  const accounts = new Map<string, TimebankAccountsTable>();
  const firstEarned = new Map<string, number>();
  const booked = new Map<
    string,
    { debit: TimebankAccountsTable; credit: TimebankAccountsTable; minutes: number; requestId: string | null }
  >();
  const reversed = new Set<string>();
  const transactions: TimebankTransactionsTable[] = [];
  const entries: TimebankEntriesTable[] = [];
  const accountOf = (owner: DemoOwner, at: number) => {
    const key = `${owner.kind}:${owner.id}`;
    let account = accounts.get(key);
    if (!account) {
      account = { id: ids(), owner_kind: owner.kind, owner_id: owner.id, balance_minutes: 0, created_at: iso(at) };
      accounts.set(key, account);
    } else if (iso(at) < account.created_at) account.created_at = iso(at);
    return account;
  };
  const apply = (
    plan: Plan,
    debit: TimebankAccountsTable,
    credit: TimebankAccountsTable,
    at: number,
    row: Omit<TimebankTransactionsTable, 'id' | 'occurred_at'>,
  ): string | null => {
    if (!plan.ok) return null;
    const transaction = { id: ids(), ...row, occurred_at: iso(at) };
    transactions.push(transaction);
    for (const p of plan.postings)
      entries.push({
        id: ids(),
        transaction_id: transaction.id,
        account_id: p.accountId,
        amount_minutes: p.amount,
        occurred_at: transaction.occurred_at,
      });
    const minutes = plan.postings[1].amount;
    debit.balance_minutes -= minutes;
    credit.balance_minutes += minutes;
    booked.set(transaction.id, { debit, credit, minutes, requestId: row.request_id });
    return transaction.id;
  };
  const state = (a: TimebankAccountsTable) => ({ id: a.id, kind: a.owner_kind, balance: a.balance_minutes });

  return {
    /** An exchange (the helped resident pays the helper) or a gift; null when the ledger refuses it. */
    transfer(
      kind: 'exchange' | 'gift',
      from: DemoOwner,
      to: DemoOwner,
      minutes: number,
      at: number,
      row: { requestId: string | null; createdBy: string | null; memo: string },
    ): string | null {
      const debit = accountOf(from, at);
      const credit = accountOf(to, at);
      const id = apply(planTransfer(state(debit), state(credit), minutes, LIMITS, kind), debit, credit, at, {
        kind,
        request_id: row.requestId,
        reverses_id: null,
        created_by: row.createdBy,
        memo: row.memo,
      });
      const earned = firstEarned.get(to.id);
      if (id && to.kind === 'member' && (earned === undefined || at < earned)) firstEarned.set(to.id, at);
      return id;
    },
    /** The counter-booking of an exchange, by the team or an administrator. */
    reverse(transactionId: string, by: string, reason: string, at: number): { id: string; minutes: number } | null {
      const original = booked.get(transactionId);
      if (!original) return null;
      const { debit, credit, minutes } = original;
      const plan = planReversal(
        [
          { accountId: debit.id, amount: -minutes },
          { accountId: credit.id, amount: minutes },
        ],
        new Map([debit, credit].map((a) => [a.id, state(a)])),
        reversed.has(transactionId),
        LIMITS,
      );
      const id = apply(plan, credit, debit, at, {
        kind: 'reversal',
        request_id: original.requestId,
        reverses_id: transactionId,
        created_by: by,
        memo: reason,
      });
      if (id) reversed.add(transactionId);
      return id ? { id, minutes } : null;
    },
    /** Residents holding earned hours, with when they first earned some. */
    earners(): Array<{ accountId: string; balance: number; since: number }> {
      return [...firstEarned].map(([accountId, since]) => ({
        accountId,
        since,
        balance: accounts.get(`member:${accountId}`)!.balance_minutes,
      }));
    },
    rows: () => ({ accounts: [...accounts.values()], transactions, entries }),
  };
}
export type DemoLedger = ReturnType<typeof createDemoLedger>;

/**
 * After the year's exchanges: a few corrected by the neighbourhood team (the professional in the
 * first district, an administrator elsewhere), and residents who earned hours passing some on to a
 * neighbour or their neighbourhood's pot — more of both with the activity multiplier.
 */
export function correctionsAndGifts(
  context: DemoContext,
  ledger: DemoLedger,
  bookings: readonly DemoBooking[],
  random: Random,
  ids: () => string,
): AuditLogTable[] {
  const { state, calendar } = context;
  const asOf = context.options.asOf.getTime();
  const professional = state.demoAccounts.get('professional') ?? null;
  const administrator = state.demoAccounts.get('administrator') ?? null;
  const audit: AuditLogTable[] = [];
  for (const booking of bookings) {
    // At least one, so even a small town shows a correction.
    const first = audit.length === 0 && booking.at < asOf - 30 * DAY;
    if (!random.chance(REVERSED_SHARE) && !first) continue;
    const at = booking.at + (1 + random.next() * 9) * DAY;
    const byTeam = booking.districtIndex === 0;
    const by = byTeam ? professional : administrator;
    if (!by || at >= asOf) continue;
    const reason = random.pick(REVERSAL_REASONS);
    const reversal = ledger.reverse(booking.transactionId, by, reason, at);
    if (!reversal) continue;
    audit.push({
      id: ids(),
      actor_id: by,
      action: 'hours.reversed',
      subject_type: 'timebank_transaction',
      subject_id: booking.transactionId,
      area_id: booking.areaId,
      before_json: null,
      after_json: JSON.stringify({ reversalId: reversal.id, minutes: reversal.minutes }),
      reason,
      scope_role: byTeam ? 'professional' : 'administrator',
      scope_area_id: byTeam ? (state.districts[0]?.id ?? null) : null,
      occurred_at: iso(at),
    });
    context.activity.record({
      verb: 'hours.reversed',
      actorId: by,
      subjectType: 'timebank_transaction',
      subjectId: reversal.id,
      areaId: booking.areaId,
      at,
      hours: toHours(reversal.minutes),
    });
  }

  const neighbours = state.neighbourhoods.map(() => [] as string[]);
  state.residents.ids.forEach((id, i) => neighbours[state.residents.neighbourhood[i]!]!.push(id));
  const indexOf = new Map(state.neighbourhoods.map((n, i) => [n.id, i]));
  for (const earner of ledger.earners()) {
    const home = context.homeOf(earner.accountId);
    const nearby = home === null ? [] : (neighbours[indexOf.get(home)!] ?? []);
    let balance = earner.balance;
    for (let round = 0; round < Math.ceil(context.multiplier); round++) {
      if (balance < 30 || !home || !random.chance(GIFT_CHANCE * Math.min(1, context.multiplier - round))) continue;
      const minutes = 15 * random.int(2, Math.min(12, Math.floor(balance / 15)) + 1);
      const toPot = random.chance(0.35) || nearby.length < 2;
      const receiver = toPot ? null : random.pick(nearby);
      if (receiver === earner.accountId) continue;
      const at = calendar.moment(random, earner.since + DAY, asOf);
      if (at >= asOf || at <= earner.since) continue;
      const transactionId = ledger.transfer(
        'gift',
        { kind: 'member', id: earner.accountId },
        receiver ? { kind: 'member', id: receiver } : { kind: 'pot', id: home },
        minutes,
        at,
        { requestId: null, createdBy: earner.accountId, memo: random.pick(GIFT_MEMOS) },
      );
      if (!transactionId) continue;
      balance -= minutes;
      context.activity.record({
        verb: 'hours.gifted',
        actorId: earner.accountId,
        counterpartId: receiver,
        subjectType: 'timebank_transaction',
        subjectId: transactionId,
        areaId: home,
        domain: 'care_and_wellbeing',
        at,
        hours: toHours(minutes),
      });
    }
  }
  return audit;
}

const iso = (ms: number) => new Date(ms).toISOString();
