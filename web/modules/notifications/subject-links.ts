import { budgetPaths } from '../budgeting/budgeting.paths.ts';
import { helpPaths } from '../help/help.paths.ts';
import { initiativePaths } from '../initiatives/initiatives.paths.ts';
import { steeringPaths } from '../steering/steering.paths.ts';
import type { Notification } from './notifications.api.ts';

/** Where a notification's subject lives in the app; null when it has no page of its own. */
export function subjectLink(notification: Pick<Notification, 'subjectType' | 'subjectId'>): string | null {
  const { subjectType, subjectId } = notification;
  if (!subjectId) return null;
  if (subjectType === 'initiative') return initiativePaths.initiative(subjectId);
  if (subjectType === 'organisation') return initiativePaths.organisation(subjectId);
  if (subjectType === 'help_request') return helpPaths.request(subjectId);
  if (subjectType === 'budget_round') return budgetPaths.round(subjectId);
  if (subjectType === 'public_task') return steeringPaths.task(subjectId);
  if (subjectType === 'steering_decision') return steeringPaths.decision(subjectId);
  if (subjectType === 'challenge') return steeringPaths.challenge(subjectId);
  return null;
}
