import type { TFunction } from 'i18next';
import type {
  AdviceInputKey,
  AdviceRule,
  CapacityLevel,
  ChallengeCriterion,
  ChallengeStatus,
  DeadlineState,
  MilestoneStatus,
  ProviderKind,
  SteeringLayer,
  TaskDomain,
  TaskRisk,
} from '../../../contracts/steering.ts';
import type { AdviceTimelineEntry, Grant, WorklistItem } from './steering.api.ts';

// The API names layers, providers and rules by code; the words live in the translation files.
export const layerText = (t: TFunction, layer: SteeringLayer): string =>
  t(`steering.layers.${layer}` as 'steering.layers.facilitate');
export const layerExplanation = (t: TFunction, layer: SteeringLayer): string =>
  t(`steering.layerHints.${layer}` as 'steering.layerHints.facilitate');
export const providerText = (t: TFunction, provider: ProviderKind): string =>
  t(`steering.providers.${provider}` as 'steering.providers.municipality');
export const riskText = (t: TFunction, risk: TaskRisk): string => t(`steering.risks.${risk}` as 'steering.risks.low');
export const domainText = (t: TFunction, domain: TaskDomain): string =>
  t(`steering.domains.${domain}` as 'steering.domains.safety');
export const ruleText = (t: TFunction, rule: AdviceRule): string =>
  t(`steering.rules.${rule}` as 'steering.rules.capacity_and_risk');
export const capacityText = (t: TFunction, capacity: CapacityLevel): string =>
  t(`steering.capacities.${capacity}` as 'steering.capacities.strong');
export const inputLabel = (t: TFunction, key: AdviceInputKey): string =>
  t(`steering.inputs.${key}` as 'steering.inputs.provider');
export const timelineChangeText = (t: TFunction, change: AdviceTimelineEntry['change']): string =>
  t(`steering.timeline.changes.${change}` as 'steering.timeline.changes.initial');
export const deadlineText = (t: TFunction, state: DeadlineState): string =>
  t(`steering.deadlines.${state}` as 'steering.deadlines.open');
export const grantStateText = (t: TFunction, state: Grant['state']): string =>
  t(`steering.grant.states.${state}` as 'steering.grant.states.paying');
export const challengeStatusText = (t: TFunction, status: ChallengeStatus): string =>
  t(`steering.challenge.statuses.${status}` as 'steering.challenge.statuses.submitted');
export const criterionText = (t: TFunction, criterion: ChallengeCriterion): string =>
  t(`steering.criteria.${criterion}` as 'steering.criteria.support');
export const milestoneStatusText = (t: TFunction, status: MilestoneStatus): string =>
  t(`steering.milestones.statuses.${status}` as 'steering.milestones.statuses.open');
export const worklistKindText = (t: TFunction, kind: WorklistItem['kind']): string =>
  t(`steering.worklist.kinds.${kind}` as 'steering.worklist.kinds.review');
export const responseKindText = (t: TFunction, kind: 'objection' | 'comment'): string =>
  t(`steering.responses.kinds.${kind}` as 'steering.responses.kinds.comment');
export const scoreText = (t: TFunction, score: number): string => t(`steering.scores.${score}` as 'steering.scores.0');
