import type {
  Channel,
  LocalizedText,
  Notification,
  OutboxMail,
  Preference,
  Unsubscription,
} from '../../../contracts/notifications.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type { Channel, Notification, OutboxMail, Preference, Unsubscription };

export const PAGE_SIZE = 20;
const enc = encodeURIComponent;

/** A kind's title in the language shown (the server's catalogue carries both). */
export const titleIn = (title: LocalizedText, language: string) => (language === 'en' ? title.en : title.nl);

export const notificationsApi = {
  list: (api: ApiClient, cursor?: string, filter: { module?: string; unread?: boolean } = {}) =>
    api.get<PageOf<Notification>>('/notifications', {
      limit: PAGE_SIZE,
      cursor,
      module: filter.module,
      unread: filter.unread ? 'true' : undefined,
    }),
  markRead: (api: ApiClient, id: string) => api.patch<Notification>(`/notifications/${enc(id)}`, { read: true }),
  preferences: (api: ApiClient) => api.get<{ items: Preference[] }>('/notification-preferences'),
  choose: (api: ApiClient, kind: string, channel: Channel) =>
    api.put<Preference>(`/notification-preferences/${enc(kind)}`, { channel }),
  readUnsubscription: (api: ApiClient, token: string) =>
    api.get<Unsubscription>('/notification-unsubscriptions', { token }),
  unsubscribe: (api: ApiClient, token: string) =>
    api.post<Unsubscription>(`/notification-unsubscriptions?token=${enc(token)}`, {}),
  outbox: (api: ApiClient, cursor?: string, status?: string) =>
    api.get<PageOf<OutboxMail>>('/mail-outbox', { limit: PAGE_SIZE, cursor, status: status || undefined }),
  mailStatus: (api: ApiClient) => api.get<{ smtpConfigured: boolean; from: string }>('/mail-status'),
};
