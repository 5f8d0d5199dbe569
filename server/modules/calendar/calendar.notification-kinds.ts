import { defineNotificationKinds } from '../notifications/notification-kinds.ts';

/** What following tells a resident: news of the initiatives and budget rounds they follow. */
export const calendarNotificationKinds = defineNotificationKinds('calendar', {
  'initiative.update': {
    title: { nl: 'Nieuws van een initiatief dat je volgt', en: 'News from an initiative you follow' },
    delivery: 'choice',
  },
  'initiative.activity': {
    title: { nl: 'Nieuwe activiteit van een initiatief dat je volgt', en: 'New activity of an initiative you follow' },
    delivery: 'choice',
  },
  'round.phase': {
    title: {
      nl: 'Een buurtbudget dat je volgt gaat een nieuwe fase in',
      en: 'A neighbourhood budget you follow enters a new phase',
    },
    delivery: 'choice',
  },
});
export type CalendarNotificationKind = Parameters<typeof calendarNotificationKinds.qualified>[0];
