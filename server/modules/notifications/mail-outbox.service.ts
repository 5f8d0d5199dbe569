import type { OutboxMail } from '../../../contracts/notifications.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { ROLE_ADMINISTRATORS, scopeOf } from '../../http/scope.ts';
import { coveredAreas, type AreasPort } from '../areas/areas.port.ts';
import { createMailOutboxRepository } from './mail-outbox.repository.ts';
import type { MailOutboxTable, OutboxStatus } from './notifications.tables.ts';

export interface MailOutboxDeps {
  db: Db;
  areas: Pick<AreasPort, 'subtree'>;
  smtpConfigured: boolean;
  from: string;
}

/** Sent or not, a mail is forgotten after this many days. */
export const OUTBOX_KEEP_DAYS = 30;

function present(row: MailOutboxTable): OutboxMail {
  return {
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    sentAt: row.sent_at,
    lastError: row.last_error,
    text: row.secret === 1 ? null : row.text_body,
    secret: row.secret === 1,
  };
}

/** What administrators see of the outbox: mails to residents within their scope, newest first. */
export function createMailOutboxService(deps: MailOutboxDeps) {
  const outbox = createMailOutboxRepository(deps.db);
  return {
    /**
     * A municipality-wide administrator sees every mail; an administrator for an area, the mails
     * to residents whose home neighbourhood lies in it (a resident without one: only the former).
     */
    async list(
      caller: Caller,
      query: { status?: OutboxStatus | undefined; limit: number; cursor?: string | undefined },
    ) {
      const within = await coveredAreas(deps.areas, scopeOf(caller, ROLE_ADMINISTRATORS));
      const rows = await outbox.list({ within, status: query.status }, query.limit, decodeCursor(query.cursor));
      return toPage(rows, query.limit, (row) => ({ sort: row.created_at, id: row.id }), present);
    },

    status() {
      return { smtpConfigured: deps.smtpConfigured, from: deps.from };
    },

    /** Expired one-time links lose their body; after OUTBOX_KEEP_DAYS every mail goes. */
    async cleanUp(now: Date): Promise<void> {
      await outbox.expire(now.toISOString());
      await outbox.deleteCreatedBefore(new Date(now.getTime() - OUTBOX_KEEP_DAYS * 86_400_000).toISOString());
    },
  };
}
export type MailOutboxService = ReturnType<typeof createMailOutboxService>;
