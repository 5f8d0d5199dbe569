import { defineNotificationKinds } from '../notifications/notification-kinds.ts';

/**
 * What neighbourhood help tells people. An invitation to help always comes by e-mail at once: a
 * neighbour waits for the answer. What the asking side and guardians need to act on comes by e-mail
 * unless they choose otherwise.
 */
export const helpNotificationKinds = defineNotificationKinds('help', {
  'invitation.new': {
    title: { nl: 'Je bent gevraagd om te helpen', en: 'You are asked to help' },
    delivery: 'always-email',
    intro: {
      nl: 'Een buur vraagt om hulp. Laat weten of je kunt helpen:',
      en: 'A neighbour asks for help. Let them know whether you can help:',
    },
  },
  'invitation.accepted': {
    title: { nl: 'Iemand helpt met je hulpvraag', en: 'Someone will help with your request' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'invitation.declined': {
    title: { nl: 'Een buur kan niet helpen', en: 'A neighbour cannot help' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'invitation.withdrawn': {
    title: { nl: 'Een uitnodiging om te helpen is ingetrokken', en: 'An invitation to help was withdrawn' },
    delivery: 'choice',
  },
  'guardian.linked': {
    title: { nl: 'Je kijkt nu mee voor een buur', en: 'You now look out for a neighbour' },
    delivery: 'choice',
  },
  'guardian.contact': {
    title: { nl: 'Iemand neemt contact op met je buur', en: 'Someone will contact your neighbour' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'request.cancelled': {
    title: { nl: 'Een hulpvraag is ingetrokken', en: 'A help request was cancelled' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'request.closed': { title: { nl: 'Een hulpvraag is afgerond', en: 'A help request was closed' }, delivery: 'choice' },
});
export type HelpNotificationKind = Parameters<typeof helpNotificationKinds.qualified>[0];
