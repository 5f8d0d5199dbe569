import type { Channel, Notification, Preference, Unsubscription } from '../../../contracts/notifications.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { conflict, notFound, ProblemError } from '../../http/problem.ts';
import { mailDueAt } from './digest-schedule.ts';
import { channelFor, type NotificationKindDefinition } from './notification-kinds.ts';
import type { NotificationDraft, NotificationsPort } from './notifications.port.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import type { NotificationsTable } from './notifications.tables.ts';
import { readUnsubscribeToken } from './unsubscribe-token.ts';

export interface NotificationsDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  /** Every module's kinds, complete once all modules are built. */
  catalogue(): ReadonlyMap<string, NotificationKindDefinition>;
  /** The key that signs unsubscribe links. */
  unsubscribeSecret(): Promise<string>;
}

const moduleOf = (kind: string) => kind.split('.')[0] ?? kind;

/** The resident's side of the centre: the notifications themselves, the choice per kind, unsubscribing. */
export function createNotificationsService(deps: NotificationsDeps) {
  const { db, clock, ids } = deps;
  const repo = createNotificationsRepository(db);

  function definitionOf(kind: string): NotificationKindDefinition {
    const definition = deps.catalogue().get(kind);
    if (!definition) throw new Error(`Unknown notification kind ${kind}: add it to its module's notification kinds`);
    return definition;
  }

  function present(row: NotificationsTable): Notification {
    const definition = deps.catalogue().get(row.kind);
    return {
      id: row.id,
      kind: row.kind,
      module: moduleOf(row.kind),
      title: definition?.title ?? { nl: row.kind, en: row.kind },
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      message: row.message,
      createdAt: row.created_at,
      read: row.read_at !== null,
    };
  }

  function presentPreference(definition: NotificationKindDefinition, chosen: Channel | undefined): Preference {
    return {
      kind: definition.kind,
      module: definition.module,
      title: definition.title,
      delivery: definition.delivery,
      channel: channelFor(definition, chosen),
    };
  }

  async function readToken(token: string) {
    const claim = readUnsubscribeToken(await deps.unsubscribeSecret(), token);
    const definitions = claim?.kinds.map((kind) => deps.catalogue().get(kind));
    if (!claim || !definitions || definitions.some((d) => d === undefined))
      throw new ProblemError(
        400,
        'This unsubscribe link is not valid. Choose your notifications in the app instead.',
        'unsubscribe-token-invalid',
        [{ name: 'query.token', reason: 'Not a link this platform made' }],
      );
    return { accountId: claim.accountId, definitions: definitions as NotificationKindDefinition[] };
  }

  async function describe(accountId: string, definitions: NotificationKindDefinition[]): Promise<Unsubscription> {
    const chosen = new Map((await repo.preferencesOf(accountId)).map((row) => [row.kind, row.channel]));
    return {
      kinds: definitions.map((d) => presentPreference(d, chosen.get(d.kind))),
    };
  }

  async function choose(accountId: string, definition: NotificationKindDefinition, channel: Channel): Promise<void> {
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const tx = createNotificationsRepository(trx);
      await tx.setPreference({ account_id: accountId, kind: definition.kind, channel, updated_at: now.toISOString() });
      await tx.reschedulePending(accountId, definition.kind, channel, mailDueAt(channel, now)?.toISOString() ?? null);
    });
  }

  const port: NotificationsPort = {
    async notify(db: Db, accountIds: readonly string[], draft: NotificationDraft): Promise<number> {
      const definition = definitionOf(draft.kind);
      const unique = [...new Set(accountIds)];
      if (unique.length === 0) return 0;
      const tx = createNotificationsRepository(db);
      const chosen = definition.delivery === 'choice' ? await tx.chosenChannels(unique, draft.kind) : new Map();
      const now = clock.now();
      return tx.insertOnce(
        unique.map((accountId) => {
          const channel = channelFor(definition, chosen.get(accountId));
          return {
            id: ids(),
            account_id: accountId,
            kind: draft.kind,
            subject_type: draft.subject?.type ?? null,
            subject_id: draft.subject?.id ?? null,
            message: draft.message,
            link: draft.link ?? null,
            dedupe_key: draft.onceKey ? `${draft.onceKey}:${accountId}` : null,
            channel,
            in_app: definition.delivery === 'mail-only' ? 0 : 1,
            mail_due_at: mailDueAt(channel, now)?.toISOString() ?? null,
            mailed_at: null,
            expires_at: draft.expiresAt?.toISOString() ?? null,
            created_at: now.toISOString(),
            read_at: null,
          };
        }),
      );
    },
    forgetAbout: (db, about) => createNotificationsRepository(db).forgetAbout(about.subjectIds, about.kinds),
    async rewriteMessages(db, subjectIds, rewrite) {
      const tx = createNotificationsRepository(db);
      for (const row of await tx.aboutSubjects(subjectIds)) {
        const message = rewrite(row.message);
        if (message !== row.message) await tx.setMessage(row.id, message);
      }
    },
  };

  return {
    port,

    async list(
      caller: Caller,
      query: { unread?: boolean | undefined; module?: string | undefined; limit: number; cursor?: string | undefined },
    ) {
      const rows = await repo.list(
        caller.accountId,
        { unread: query.unread ?? false, module: query.module },
        query.limit,
        decodeCursor(query.cursor),
      );
      return toPage(rows, query.limit, (row) => ({ sort: row.created_at, id: row.id }), present);
    },

    async markRead(caller: Caller, notificationId: string): Promise<Notification> {
      const own = await repo.find(caller.accountId, notificationId);
      if (!own) throw notFound('The notification');
      await repo.markRead(own.id, clock.now().toISOString());
      return present((await repo.find(caller.accountId, own.id)) ?? own);
    },

    /** Every kind a resident can get (mail-only kinds are no choice), in catalogue order. */
    async preferences(caller: Caller): Promise<{ items: Preference[] }> {
      const chosen = new Map((await repo.preferencesOf(caller.accountId)).map((row) => [row.kind, row.channel]));
      return {
        items: [...deps.catalogue().values()]
          .filter((d) => d.delivery !== 'mail-only')
          .map((d) => presentPreference(d, chosen.get(d.kind))),
      };
    },

    async setPreference(caller: Caller, kind: string, channel: Channel): Promise<Preference> {
      const definition = deps.catalogue().get(kind);
      if (!definition || definition.delivery === 'mail-only') throw notFound('The kind of notification');
      if (definition.delivery !== 'choice')
        throw conflict('This kind of notification is always sent by e-mail at once.', 'notification-always-mailed');
      await choose(caller.accountId, definition, channel);
      return presentPreference(definition, channel);
    },

    /** What an unsubscribe link is for, without changing anything (the page asks first). */
    async readUnsubscription(token: string): Promise<Unsubscription> {
      const { accountId, definitions } = await readToken(token);
      return describe(accountId, definitions);
    },

    /** One click: the kinds in the link come in the app only from now on. */
    async unsubscribe(token: string): Promise<Unsubscription> {
      const { accountId, definitions } = await readToken(token);
      for (const definition of definitions)
        if (definition.delivery === 'choice') await choose(accountId, definition, 'app');
      return describe(accountId, definitions);
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
