import { defineNotificationKinds } from '../notifications/notification-kinds.ts';
import type { SteeringNotificationKind } from './notify.ts';

/** What the steering module tells people: organisers about decisions on their work, officers about what waits for them. */
export const steeringNotificationKinds = defineNotificationKinds('steering', {
  'decision.published': {
    title: {
      nl: 'De gemeente heeft een sturingsbesluit genomen',
      en: 'The municipality published a steering decision',
    },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'incident.reported': {
    title: { nl: 'Er is een incident gemeld bij jullie taak', en: 'An incident was reported about your task' },
    delivery: 'choice',
  },
  'milestone.recorded': {
    title: { nl: 'Een mijlpaal is vastgelegd', en: 'A milestone was recorded' },
    delivery: 'choice',
  },
  'grant.report-overdue': {
    title: { nl: 'Het verslag over de subsidie is te laat', en: 'The report on the grant is overdue' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'grant.clawed-back': {
    title: { nl: 'De gemeente vordert subsidie terug', en: 'The municipality claims back a grant' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'challenge.submitted': {
    title: { nl: 'Nieuwe uitdaging (Right to Challenge)', en: 'New challenge (Right to Challenge)' },
    delivery: 'choice',
  },
  'challenge.decided': {
    title: { nl: 'De gemeente heeft over jullie uitdaging besloten', en: 'The municipality decided on your challenge' },
    delivery: 'choice',
    defaultChannel: 'email',
  },
  'response.submitted': {
    title: { nl: 'Een reactie op een sturingsbesluit', en: 'A response to a steering decision' },
    delivery: 'choice',
  },
  'response.answered': {
    title: { nl: 'De gemeente heeft je reactie beantwoord', en: 'The municipality answered your response' },
    delivery: 'choice',
  },
});

// Every kind steering sends has a title here, and nothing else.
true satisfies SteeringNotificationKind extends Parameters<typeof steeringNotificationKinds.qualified>[0]
  ? true
  : false;
true satisfies Parameters<typeof steeringNotificationKinds.qualified>[0] extends SteeringNotificationKind
  ? true
  : false;
