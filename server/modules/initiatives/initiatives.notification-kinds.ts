import { defineNotificationKinds } from '../notifications/notification-kinds.ts';

/** What the initiatives module tells people, in the notification centre and by mail. */
export const initiativesNotificationKinds = defineNotificationKinds('initiatives', {
  'member.requested': { title: { nl: 'Iemand wil meedoen', en: 'Someone wants to join' }, delivery: 'choice' },
  'member.accepted': { title: { nl: 'Je bent toegelaten', en: 'You have been accepted' }, delivery: 'choice' },
  'member.declined': { title: { nl: 'Je aanvraag is afgewezen', en: 'Your request was declined' }, delivery: 'choice' },
  'pledge.made': { title: { nl: 'Nieuwe toezegging', en: 'New pledge' }, delivery: 'choice' },
  'activity.promoted': {
    title: { nl: 'Er is een plaats vrijgekomen: je bent aangemeld', en: 'A place became free: you are signed up' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'activity.cancelled': {
    title: { nl: 'Een activiteit is afgelast', en: 'An activity was cancelled' },
    delivery: 'choice',
  },
  'partner.proposed': {
    title: { nl: 'Voorstel voor een partnerschap', en: 'Proposal for a partnership' },
    delivery: 'choice',
  },
  'organisation.member-requested': {
    title: { nl: 'Iemand wil lid worden van je organisatie', en: 'Someone wants to join your organisation' },
    delivery: 'choice',
  },
  'response.owed': {
    title: {
      nl: 'De steundrempel is gehaald: de gemeente moet reageren',
      en: 'The support threshold was reached: the municipality must respond',
    },
    delivery: 'choice',
  },
  // Reminders to civil servants of the municipality's duty to respond: by e-mail unless they choose otherwise.
  'response.unassigned': {
    title: {
      nl: 'Een initiatief wacht op een reactie van de gemeente',
      en: "An initiative awaits the municipality's response",
    },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'response.due_soon': {
    title: { nl: 'Herinnering: de reactietermijn loopt bijna af', en: 'Reminder: the response deadline is near' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'response.overdue': {
    title: { nl: 'De reactietermijn is verstreken', en: 'The response deadline has passed' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'response.published': {
    title: { nl: 'De gemeente heeft gereageerd', en: 'The municipality has responded' },
    delivery: 'choice',
  },
  'content.hidden': {
    title: { nl: 'Je inhoud is verborgen door een moderator', en: 'Your content was hidden by a moderator' },
    delivery: 'choice',
  },
  'content.restored': {
    title: { nl: 'Je inhoud is weer zichtbaar', en: 'Your content is visible again' },
    delivery: 'choice',
  },
});
export type InitiativesNotificationKind = Parameters<typeof initiativesNotificationKinds.qualified>[0];
