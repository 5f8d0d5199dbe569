import type { SubjectType } from '../../../contracts/steering.ts';

const enc = encodeURIComponent;

/** Sturing pages: layered steering and the Right to Challenge. Dutch paths, like the rest of the site. */
export const steeringPaths = {
  tasks: '/sturing',
  newTask: '/sturing/taken/nieuw',
  task: (id: string) => `/sturing/taken/${enc(id)}`,
  taskPattern: '/sturing/taken/:taskId',
  editTask: (id: string) => `/sturing/taken/${enc(id)}/wijzigen`,
  editTaskPattern: '/sturing/taken/:taskId/wijzigen',
  challengeTask: (id: string) => `/sturing/taken/${enc(id)}/uitdagen`,
  challengeTaskPattern: '/sturing/taken/:taskId/uitdagen',
  initiative: (id: string) => `/sturing/initiatieven/${enc(id)}`,
  initiativePattern: '/sturing/initiatieven/:initiativeId',
  decisions: '/sturing/besluiten',
  decision: (id: string) => `/sturing/besluiten/${enc(id)}`,
  decisionPattern: '/sturing/besluiten/:decisionId',
  /** The decision form for one subject: `?taak=…` or `?initiatief=…`. */
  newDecision: (type: SubjectType, id: string) =>
    `/sturing/besluiten/nieuw?${type === 'task' ? 'taak' : 'initiatief'}=${enc(id)}`,
  newDecisionPattern: '/sturing/besluiten/nieuw',
  challenges: '/sturing/uitdagingen',
  challenge: (id: string) => `/sturing/uitdagingen/${enc(id)}`,
  challengePattern: '/sturing/uitdagingen/:challengeId',
  /** Staff pages live under /gemeente, like the response worklist and moderation. */
  worklist: '/gemeente/sturing',
  thresholds: '/sturing/drempels',
  picture: '/sturing/beeld',
  areaPicture: (code: string) => `/sturing/beeld/${enc(code)}`,
  areaPicturePattern: '/sturing/beeld/:areaCode',
} as const;

/** The page of a steered subject: a public task or an initiative that carries public work. */
export function subjectPath(subject: { type: SubjectType; id: string }): string {
  return subject.type === 'task' ? steeringPaths.task(subject.id) : steeringPaths.initiative(subject.id);
}

/** Places on a decision's or a challenge's page that a link may open at (the worklist's items). */
export const steeringAnchors = {
  review: 'herziening',
  grant: 'subsidie',
  assessment: 'beoordelen',
  response: (id: string) => `reactie-${id}`,
  milestone: (id: string) => `mijlpaal-${id}`,
} as const;
