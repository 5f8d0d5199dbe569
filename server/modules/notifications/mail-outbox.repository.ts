import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { MailOutboxTable, OutboxStatus } from './notifications.tables.ts';

/** A mail that this sender may hand to the mail server, by its claim token. */
export interface Claim {
  token: string;
  nowIso: string;
  untilIso: string;
}

/** Queued and due, or claimed by a sender whose claim has lapsed. */
const due = (nowIso: string) => (eb: ExpressionBuilder<Database, 'mail_outbox'>) =>
  eb.or([
    eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', nowIso)]),
    eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<=', nowIso)]),
  ]);

/** The SQL of the outbox. Every change of a claimed mail names its claim token, so a lapsed claim changes nothing. */
export function createMailOutboxRepository(db: Db) {
  const base = () => db.selectFrom('mail_outbox');

  return {
    async insert(rows: MailOutboxTable[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('mail_outbox').values(rows).execute();
    },

    /**
     * Claims the next due mail: a queued one whose time has come, or one whose sender's claim
     * lapsed (it crashed mid-send). The UPDATE repeats the condition, so of two senders that
     * picked the same mail only one gets it: PostgreSQL re-checks the WHERE on the row version
     * that won the lock, SQLite runs one write at a time.
     */
    async claimNext(claim: Claim): Promise<MailOutboxTable | undefined> {
      const candidates = await base()
        .select('id')
        .where(due(claim.nowIso))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(5)
        .execute();
      for (const { id } of candidates) {
        const claimed = await db
          .updateTable('mail_outbox')
          .set((eb) => ({
            status: 'sending',
            claim_token: claim.token,
            claimed_until: claim.untilIso,
            attempts: eb('attempts', '+', 1),
          }))
          .where('id', '=', id)
          .where(due(claim.nowIso))
          .returningAll()
          .executeTakeFirst();
        if (claimed) return claimed;
      }
      return undefined;
    },

    async finish(
      id: string,
      token: string,
      changes: Partial<
        Pick<MailOutboxTable, 'status' | 'sent_at' | 'next_attempt_at' | 'last_error' | 'text_body' | 'html_body'>
      >,
    ): Promise<boolean> {
      const result = await db
        .updateTable('mail_outbox')
        .set({ ...changes, claim_token: null, claimed_until: null })
        .where('id', '=', id)
        .where('claim_token', '=', token)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    list(
      filter: { within: readonly string[] | null; status: OutboxStatus | undefined },
      limit: number,
      after?: Keyset,
    ): Promise<MailOutboxTable[]> {
      let query = base().selectAll();
      if (filter.within !== null) query = query.where('area_id', 'in', filter.within.length > 0 ? filter.within : ['']);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (after)
        query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** Mails whose link expired before they could be sent: their body goes, the row says so. */
    async expire(nowIso: string): Promise<void> {
      await db
        .updateTable('mail_outbox')
        .set({ status: 'expired', text_body: null, html_body: null })
        .where('status', 'in', ['queued', 'failed'])
        .where('expires_at', '<=', nowIso)
        .execute();
    },

    async deleteCreatedBefore(iso: string): Promise<void> {
      await db.deleteFrom('mail_outbox').where('created_at', '<', iso).where('status', '!=', 'sending').execute();
    },

    allOf(accountId: string): Promise<MailOutboxTable[]> {
      return base().selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute();
    },

    async deleteAllOf(accountId: string): Promise<void> {
      await db.deleteFrom('mail_outbox').where('account_id', '=', accountId).execute();
    },

    /** Unsent mails to anyone, with their bodies: erasure takes a person's name out of them. */
    unsentBodies(): Promise<Array<Pick<MailOutboxTable, 'id' | 'text_body' | 'html_body'>>> {
      return base()
        .select(['id', 'text_body', 'html_body'])
        .where('status', 'in', ['queued', 'sending', 'failed'])
        .where('text_body', 'is not', null)
        .execute();
    },

    async setBodies(id: string, text: string | null, html: string | null): Promise<void> {
      await db.updateTable('mail_outbox').set({ text_body: text, html_body: html }).where('id', '=', id).execute();
    },
  };
}
export type MailOutboxRepository = ReturnType<typeof createMailOutboxRepository>;
