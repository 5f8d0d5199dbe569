import type { Db } from '../../db/database.ts';
import type { IdGenerator } from '../../clock.ts';
import type { AccountsPort, MailContact } from '../accounts/accounts.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import { renderMail, type Locale, type MailItem } from './mail-templates.ts';
import type { NotificationKindDefinition } from './notification-kinds.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import type { MailOutboxTable, NotificationsTable } from './notifications.tables.ts';
import { createMailOutboxRepository } from './mail-outbox.repository.ts';
import { unsubscribeToken } from './unsubscribe-token.ts';

export interface MailComposerDeps {
  db: Db;
  ids: IdGenerator;
  catalogue(): ReadonlyMap<string, NotificationKindDefinition>;
  accounts: Pick<AccountsPort, 'mailContacts'>;
  areas: Pick<AreasPort, 'hierarchy'>;
  publicUrl: string | undefined;
  unsubscribeSecret(): Promise<string>;
}

const BATCH = 500;
const ROUNDS = 10;

/** The web app's pages a mail links to. */
export const MAIL_PATHS = {
  notification: (id: string) => `/meldingen/${encodeURIComponent(id)}`,
  preferences: '/meldingen/instellingen',
  unsubscribe: (token: string) => `/afmelden?token=${encodeURIComponent(token)}`,
  oneClick: (token: string) => `/api/v1/notification-unsubscriptions?token=${encodeURIComponent(token)}`,
};

/**
 * Turns due notifications into mails in the outbox: one mail per notification for "e-mail at
 * once", one digest per account for the daily and weekly digests. Each mail is written in the same
 * transaction that marks its notifications mailed, and only for those this composer took, so a
 * notification is never mailed twice, also with several instances.
 */
export function createMailComposer(deps: MailComposerDeps) {
  const base = deps.publicUrl?.replace(/\/$/, '') ?? '';
  const host = deps.publicUrl ? new URL(deps.publicUrl).hostname : 'wakkere-stad.invalid';

  async function municipalityName(): Promise<string | null> {
    return (await deps.areas.hierarchy()).find((area) => area.kind === 'municipality')?.name ?? null;
  }

  function mailFor(
    rows: readonly NotificationsTable[],
    contact: MailContact,
    municipality: string | null,
    secret: string,
    now: Date,
  ): MailOutboxTable {
    const catalogue = deps.catalogue();
    const locale: Locale = contact.locale === 'en' ? 'en' : 'nl';
    const first = rows[0]!;
    const form = first.channel === 'daily' || first.channel === 'weekly' ? first.channel : 'single';
    const definitionOf = (kind: string) => catalogue.get(kind);
    const items: MailItem[] = rows.map((row) => {
      const definition = definitionOf(row.kind);
      const title = definition?.title[locale] ?? row.kind;
      const token =
        definition?.delivery === 'choice'
          ? unsubscribeToken(secret, { accountId: row.account_id, kinds: [row.kind] })
          : null;
      return {
        title,
        message: row.message,
        url: `${base}${row.link ?? MAIL_PATHS.notification(row.id)}`,
        unsubscribe: token ? { title, url: `${base}${MAIL_PATHS.unsubscribe(token)}` } : null,
      };
    });
    const rendered = renderMail({
      locale,
      recipientName: contact.displayName,
      municipality,
      form,
      items,
      intro: form === 'single' ? definitionOf(first.kind)?.intro?.[locale] : undefined,
      preferencesUrl: `${base}${MAIL_PATHS.preferences}`,
    });
    const kinds = [...new Set(rows.map((row) => row.kind))].filter((kind) => definitionOf(kind)?.delivery === 'choice');
    const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
    if (kinds.length > 0 && deps.publicUrl) {
      // RFC 8058: one POST to this address unsubscribes, without logging in and without a page.
      const token = unsubscribeToken(secret, { accountId: first.account_id, kinds });
      headers['List-Unsubscribe'] = `<${base}${MAIL_PATHS.oneClick(token)}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    const id = deps.ids();
    const expires = rows.map((row) => row.expires_at).filter((at): at is string => at !== null);
    return {
      id,
      account_id: first.account_id,
      area_id: contact.homeAreaId,
      kind: form === 'single' ? first.kind : `digest.${form}`,
      to_address: contact.email,
      subject: rendered.subject,
      text_body: rendered.text,
      html_body: rendered.html,
      headers_json: JSON.stringify(headers),
      message_id: `<${id}@${host}>`,
      secret: rows.some((row) => definitionOf(row.kind)?.secret) ? 1 : 0,
      status: 'queued',
      attempts: 0,
      next_attempt_at: now.toISOString(),
      claim_token: null,
      claimed_until: null,
      last_error: null,
      created_at: now.toISOString(),
      sent_at: null,
      expires_at: expires.length > 0 ? expires.sort()[0]! : null,
    };
  }

  return {
    /** Returns how many mails went into the outbox. */
    async compose(now: Date): Promise<number> {
      const nowIso = now.toISOString();
      let composed = 0;
      let municipality: string | null | undefined;
      for (let round = 0; round < ROUNDS; round++) {
        const due = await createNotificationsRepository(deps.db).mailDue(nowIso, BATCH);
        if (due.length === 0) break;
        const groups = new Map<string, NotificationsTable[]>();
        for (const row of due) {
          const key = row.channel === 'daily' || row.channel === 'weekly' ? `${row.account_id}:${row.channel}` : row.id;
          groups.set(key, [...(groups.get(key) ?? []), row]);
        }
        const contacts = await deps.accounts.mailContacts(deps.db, [...new Set(due.map((row) => row.account_id))]);
        municipality ??= await municipalityName();
        const secret = await deps.unsubscribeSecret();
        for (const rows of groups.values()) {
          const contact = contacts.get(rows[0]!.account_id);
          const live = rows.filter((row) => row.expires_at === null || row.expires_at > nowIso);
          await deps.db.transaction().execute(async (trx) => {
            const notifications = createNotificationsRepository(trx);
            const taken = new Set(
              await notifications.takeForMail(
                rows.map((row) => row.id),
                nowIso,
              ),
            );
            await notifications.deleteMailOnly([...taken]);
            // An erased account, or only expired links: taken, and nothing to send.
            const mine = live.filter((row) => taken.has(row.id));
            if (!contact || mine.length === 0) return;
            await createMailOutboxRepository(trx).insert([mailFor(mine, contact, municipality ?? null, secret, now)]);
            composed += 1;
          });
        }
        if (due.length < BATCH) break;
      }
      return composed;
    },
  };
}
export type MailComposer = ReturnType<typeof createMailComposer>;
