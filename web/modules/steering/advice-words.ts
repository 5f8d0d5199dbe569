import type { TFunction } from 'i18next';
import type { AdviceInput, ChangeCondition, ChangePath, SteeringThresholds } from '../../../contracts/steering.ts';
import { capacityText, layerText, providerText, riskText } from './steering-texts.ts';
import { decimal, percent } from './steering-format.ts';

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');
const SHARES = new Set<AdviceInput['key']>(['pledgeKeptShare', 'helpAnswered']);

/** One input of an advice as a reader wants to see it: "3", "70%", "hoog", "ja", "niet gemeten". */
export function inputValueText(
  t: TFunction,
  locale: string,
  key: AdviceInput['key'],
  value: AdviceInput['value'],
): string {
  if (value === null) return t('steering.advice.notMeasured');
  if (typeof value === 'boolean') return value ? t('steering.yes') : t('steering.no');
  if (typeof value === 'number') return SHARES.has(key) ? percent(value, locale) : decimal(value, locale);
  switch (key) {
    case 'provider':
      return providerText(t, value as Parameters<typeof providerText>[1]);
    case 'risk':
    case 'effectiveRisk':
      return riskText(t, value as Parameters<typeof riskText>[1]);
    case 'capacity':
      return capacityText(t, value as Parameters<typeof capacityText>[1]);
    default:
      return value;
  }
}

/** One condition of a path down, in words with its numbers: "nog 2 actieve leden erbij (4 in totaal)". */
export function conditionText(
  t: TFunction,
  locale: string,
  condition: ChangeCondition,
  thresholds: SteeringThresholds,
): string {
  const weeks = thresholds.performance.windowWeeks;
  const { value, current } = condition;
  const more = Math.max(0, Number(value) - Number(current ?? 0));
  const shown = (v: ChangeCondition['value'] | null) => inputValueText(t, locale, condition.input, v);
  switch (condition.input) {
    case 'activeMembers':
      return t('steering.conditions.activeMembers', { count: more, total: value });
    case 'verifiedSupporters':
      return t('steering.conditions.verifiedSupporters', { count: more, total: value });
    case 'monthsActive':
      return t('steering.conditions.monthsActive', { count: more, total: value });
    case 'pledgeKeptShare':
      return t('steering.conditions.pledgeKeptShare', { value: shown(value), current: shown(current ?? 0) });
    case 'helpAnswered':
      return t('steering.conditions.helpAnswered', { value: shown(value), current: shown(current ?? 0) });
    case 'areaIndex':
      return t('steering.conditions.areaIndex', { value: shown(value), current: shown(current) });
    case 'milestonesMissed':
      return value === 0
        ? t('steering.conditions.noMissedMilestone', { count: weeks })
        : t('steering.conditions.missedMilestonesAtMost', { missed: value, count: weeks });
    case 'incidents':
      return value === 0
        ? t('steering.conditions.noIncident', { count: weeks })
        : t('steering.conditions.incidentsAtMost', { incidents: value, count: weeks });
    case 'criticalIncidents':
      return t('steering.conditions.noCriticalIncident', { count: weeks });
    case 'effectiveRisk':
      return t('steering.conditions.effectiveRisk', { value: shown(value) });
    case 'provider':
      return t('steering.conditions.provider');
    default:
      return t('steering.conditions.other', {
        input: t(`steering.inputs.${condition.input}` as 'steering.inputs.provider'),
        op: t(`steering.conditions.ops.${condition.op}` as 'steering.conditions.ops.equals'),
        value: shown(value),
      });
  }
}

/** A whole path down in one sentence: the conditions together, how long they must hold, and where it leads. */
export function pathText(t: TFunction, locale: string, path: ChangePath, thresholds: SteeringThresholds): string {
  const layer = layerText(t, path.toLayer).toLowerCase();
  if (path.conditions.length === 0)
    return path.sustainedWeeks > 0
      ? t('steering.paths.alreadyHeld', { layer, count: path.sustainedWeeks })
      : t('steering.paths.already', { layer });
  const parts = path.conditions.map((condition) => conditionText(t, locale, condition, thresholds));
  const list = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(parts);
  const sentence =
    path.sustainedWeeks > 0
      ? t('steering.paths.conditionsHeld', { conditions: list, layer, count: path.sustainedWeeks })
      : t('steering.paths.conditions', { conditions: list, layer });
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}
