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
      nl: 'Een buur vraagt om hulp en jij past goed bij deze vraag. Lees waarom en laat weten of je kunt helpen:',
      en: 'A neighbour asks for help and you fit this request well. Read why, and let them know whether you can help:',
    },
  },
  'invitation.accepted': {
    title: { nl: 'Iemand helpt met je hulpvraag', en: 'Someone will help with your request' },
    delivery: 'choice',
    defaultChannel: 'email',
    intro: {
      nl: 'Een buur helpt je met deze vraag en ziet nu je contactgegevens. Je leest wie het is bij je hulpvraag:',
      en: 'A neighbour will help with this request and can now see your contact details. See who it is on your request:',
    },
  },
  'invitation.declined': {
    title: { nl: 'Een buur kan niet helpen', en: 'A neighbour cannot help' },
    delivery: 'choice',
    defaultChannel: 'email',
    intro: {
      nl: 'De buur die je vroeg kan niet helpen met deze vraag. Vraag iemand anders:',
      en: 'The neighbour you asked cannot help with this request. Ask someone else:',
    },
  },
  'invitation.withdrawn': {
    title: { nl: 'Een uitnodiging om te helpen is ingetrokken', en: 'An invitation to help was withdrawn' },
    delivery: 'choice',
  },
  'guardian.linked': {
    title: { nl: 'Je kijkt nu mee voor een buur', en: 'You now look out for a neighbour' },
    delivery: 'choice',
    intro: {
      nl: 'Je hoort het voortaan als iemand contact gaat opnemen met de buur voor wie je meekijkt.',
      en: 'From now on you hear when someone is about to contact the neighbour you look out for.',
    },
  },
  'guardian.contact': {
    title: { nl: 'Iemand neemt contact op met je buur', en: 'Someone will contact your neighbour' },
    delivery: 'choice',
    defaultChannel: 'email',
    intro: {
      nl: 'Een buur gaat helpen bij de buur voor wie je meekijkt en neemt binnenkort contact op. Bekijk de hulpvraag:',
      en: 'A neighbour will help the resident you look out for and will contact them soon. See the request:',
    },
  },
  'request.cancelled': {
    title: { nl: 'Een hulpvraag is ingetrokken', en: 'A help request was cancelled' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'request.closed': {
    title: { nl: 'Een hulpvraag is afgerond: dank je wel!', en: 'A help request was closed: thank you!' },
    delivery: 'choice',
    intro: {
      nl: 'De vraag waarbij je hielp is afgerond. De uren die je gaf staan in je tijdbank. Bekijk de hulpvraag:',
      en: 'The request you helped with is closed. The hours you gave are in your time bank. See the request:',
    },
  },
});
export type HelpNotificationKind = Parameters<typeof helpNotificationKinds.qualified>[0];
