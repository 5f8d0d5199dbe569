import type { TFunction } from 'i18next';

/** Every action the platform records, as the server names them; the filter offers these by their words. */
export const auditActions = [
  'role.granted',
  'role.revoked',
  'account.created',
  'account.created_through_provider',
  'account.erased',
  'login_identity.linked',
  'login_identity.unlinked',
  'login_provider.verification_policy_changed',
  'areas.imported',
  'verification.codes_issued',
  'verification.code_redeemed',
  'verification.in_person',
  'verification.provider',
  'verification.demo_code_issued',
  'content.hidden',
  'content.restored',
  'report.dismissed',
  'response.assigned',
  'response.published',
  'help.reported',
  'help.recipient.created',
  'help.vog.recorded',
  'help.guardian.linked',
  'help.guardian.unlinked',
  'hours.gifted',
  'hours.reversed',
  'budget_round.opened',
  'budget_round.imported',
  'budget_round.updated',
  'budget_round.phase_started',
  'budget_proposal.reviewed',
  'budget_ballot.paper_entered',
  'monitor.survey-imported',
  'monitor.weights-changed',
  'steering.task-created',
  'steering.task-changed',
  'steering.provider-changed',
  'steering.thresholds-changed',
  'steering.decided',
  'steering.challenge-assessed',
  'steering.challenge-accepted',
  'steering.challenge-refused',
  'steering.grant-paid',
  'steering.grant-clawed-back',
  'steering.grant-report-received',
  'steering.incident-reported',
  'steering.milestone-added',
  'steering.milestone-met',
  'steering.milestone-missed',
  'steering.response-answered',
  'picture.uploaded',
  'picture.alt-text-changed',
  'picture.removed',
  'site.identity_changed',
  'site.design_tokens_set',
  'site.design_tokens_cleared',
  'site.page_changed',
] as const;

type Exists = (key: string) => boolean;

/** "Rol toegekend" for `role.granted`; an action without words yet reads as its code, spaced out. */
export function actionText(t: TFunction, exists: Exists, action: string): string {
  const key = `audit.actions.${action}`;
  return exists(key) ? String(t(key as 'audit.actions.role.granted')) : action.replace(/[._-]+/g, ' ');
}

/** "begrotingsronde" for `budget_round`. */
export function subjectTypeText(t: TFunction, exists: Exists, type: string): string {
  const key = `audit.subjectTypes.${type}`;
  return exists(key) ? String(t(key as 'audit.subjectTypes.account')) : type.replace(/[._-]+/g, ' ');
}
