const enc = encodeURIComponent;

/** Pages of the notification centre; the mails link to `open`, `preferences` and `unsubscribe` (server: MAIL_PATHS). */
export const notificationPaths = {
  centre: '/meldingen',
  preferences: '/meldingen/instellingen',
  open: (id: string) => `/meldingen/${enc(id)}`,
  openPattern: '/meldingen/:notificationId',
  unsubscribe: '/afmelden',
  outbox: '/beheer/uitgaande-mail',
} as const;
