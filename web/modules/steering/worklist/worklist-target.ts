import type { TFunction } from 'i18next';
import type { WorklistItem } from '../steering.api.ts';
import { steeringAnchors, steeringPaths, subjectPath } from '../steering.paths.ts';

/**
 * Where a worklist item is dealt with: the place on the decision's or the challenge's page that
 * holds it (the review, the response to answer, the grant, the milestone, the assessment). Only an
 * item without either falls back to the subject's page.
 */
export function worklistTarget(item: WorklistItem): string {
  const onDecision = (anchor: string) => item.decisionId && `${steeringPaths.decision(item.decisionId)}#${anchor}`;
  const onChallenge = (anchor: string) => item.challengeId && `${steeringPaths.challenge(item.challengeId)}#${anchor}`;
  const target = (() => {
    switch (item.kind) {
      case 'review':
        return onDecision(steeringAnchors.review);
      case 'response':
        return onDecision(steeringAnchors.response(item.id));
      case 'grant_report':
        return onDecision(steeringAnchors.grant);
      case 'milestone':
        return onDecision(steeringAnchors.milestone(item.id)) || onChallenge(steeringAnchors.milestone(item.id));
      case 'challenge_assessment':
        return onChallenge(steeringAnchors.assessment);
    }
  })();
  return target || subjectPath(item.subject);
}

/** The item's link text: the grant's purpose or the milestone's title, otherwise what is to be done. */
export function worklistTitle(t: TFunction, item: WorklistItem): string {
  if (item.title) return item.title;
  const subject = item.subject.title || t('steering.subject.hidden');
  switch (item.kind) {
    case 'review':
      return t('steering.worklist.todo.review', { subject });
    case 'response':
      return item.responseKind === 'objection'
        ? t('steering.worklist.todo.objection', { subject })
        : t('steering.worklist.todo.comment', { subject });
    case 'challenge_assessment':
      return t('steering.worklist.todo.challenge_assessment', { subject });
    default:
      return subject;
  }
}
