import { defineNotificationKinds } from '../notifications/notification-kinds.ts';

/** The accounts module's mails: a password reset, e-mailed at once and never listed in the app. */
export const accountsNotificationKinds = defineNotificationKinds('accounts', {
  'password-reset': {
    title: { nl: 'Kies een nieuw wachtwoord', en: 'Choose a new password' },
    delivery: 'mail-only',
    secret: true,
    intro: {
      nl: 'Je hebt gevraagd om een nieuw wachtwoord. Deze link werkt één keer en is 30 minuten geldig. Heb je dit niet gevraagd? Dan kun je deze e-mail negeren.',
      en: "You asked for a new password. This link works once and is valid for 30 minutes. Didn't ask? Then you can ignore this e-mail.",
    },
  },
});
