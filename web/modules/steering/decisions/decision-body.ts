import type { CreateDecision, SteeringLayer, SubjectType } from '../../../../contracts/steering.ts';
import { parseEuros } from '../steering-format.ts';

/**
 * The decision form keeps every field as text under its path in the request body
 * (`instruments.agreement.milestones.0.title`): the same name serves as the field's id, the key of
 * its error, and the name the server uses in `invalidParams`. These helpers turn the form into
 * the body and keep list rows in order.
 */
export type DecisionValues = Record<string, string>;

export interface Rows {
  conditions: number;
  milestones: number;
  enforcement: number;
}

export const FACILITATE_INSTRUMENTS = ['grant', 'space', 'permit', 'expertise', 'contactPerson'] as const;
export type FacilitateInstrument = (typeof FACILITATE_INSTRUMENTS)[number];

export const AGREEMENT_CONDITION = (i: number) => `instruments.agreement.conditions.${i}`;
export const MILESTONE_TITLE = (i: number) => `instruments.agreement.milestones.${i}.title`;
export const MILESTONE_DUE = (i: number) => `instruments.agreement.milestones.${i}.dueDate`;
export const ENFORCEMENT = (i: number, part: 'condition' | 'deadline' | 'consequence') =>
  `instruments.enforcement.conditions.${i}.${part}`;

const text = (values: DecisionValues, name: string) => values[name] ?? '';
const optional = (values: DecisionValues, name: string) => (text(values, name).trim() ? text(values, name) : undefined);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export const isIntrusive = (layer: string) => layer === 'compel' || layer === 'take_over';

/** The request body (amounts that are no amount become NaN, so the schema refuses them). */
export function decisionBody(
  subject: { type: SubjectType; id: string },
  values: DecisionValues,
  rows: Rows,
  adviceLayer: SteeringLayer | null,
): CreateDecision {
  const layer = text(values, 'layer') as SteeringLayer;
  const uses = (instrument: FacilitateInstrument) => values[`use.${instrument}`] === 'true';
  const described = (name: string) => ({ description: text(values, `instruments.${name}.description`) });
  const instruments: CreateDecision['instruments'] = {};
  if (uses('grant'))
    instruments.grant = {
      amountCents: parseEuros(text(values, 'instruments.grant.amountCents')) ?? Number.NaN,
      purpose: text(values, 'instruments.grant.purpose'),
      reportDueDate: text(values, 'instruments.grant.reportDueDate'),
      recipientInitiativeId: values['instruments.grant.recipientInitiativeId'] || null,
      recipientOrganisationId: values['instruments.grant.recipientOrganisationId'] || null,
    };
  if (uses('space')) instruments.space = described('space');
  if (uses('permit')) instruments.permit = described('permit');
  if (uses('expertise')) instruments.expertise = described('expertise');
  if (uses('contactPerson'))
    instruments.contactPerson = {
      name: text(values, 'instruments.contactPerson.name'),
      department: text(values, 'instruments.contactPerson.department'),
    };
  if (layer === 'frameworks') {
    const reporting = optional(values, 'instruments.agreement.reporting');
    instruments.agreement = {
      conditions: range(rows.conditions).map((i) => text(values, AGREEMENT_CONDITION(i))),
      ...(reporting ? { reporting } : {}),
      milestones: range(rows.milestones).map((i) => ({
        title: text(values, MILESTONE_TITLE(i)),
        dueDate: text(values, MILESTONE_DUE(i)),
      })),
    };
  }
  if (layer === 'compel')
    instruments.enforcement = {
      conditions: range(rows.enforcement).map((i) => ({
        condition: text(values, ENFORCEMENT(i, 'condition')),
        deadline: text(values, ENFORCEMENT(i, 'deadline')),
        consequence: text(values, ENFORCEMENT(i, 'consequence')),
      })),
    };
  if (layer === 'take_over')
    instruments.takeOver = {
      deliveredBy: text(values, 'instruments.takeOver.deliveredBy'),
      plan: text(values, 'instruments.takeOver.plan'),
      handBackDate: text(values, 'instruments.takeOver.handBackDate'),
    };
  const deviationReason = adviceLayer && layer !== adviceLayer ? optional(values, 'deviationReason') : undefined;
  const proportionalityReason = isIntrusive(layer) ? optional(values, 'proportionalityReason') : undefined;
  const leastIntrusiveAlternative = isIntrusive(layer) ? optional(values, 'leastIntrusiveAlternative') : undefined;
  return {
    subjectType: subject.type,
    subjectId: subject.id,
    layer,
    motivation: text(values, 'motivation'),
    ...(deviationReason ? { deviationReason } : {}),
    instruments,
    ...(proportionalityReason ? { proportionalityReason } : {}),
    ...(leastIntrusiveAlternative ? { leastIntrusiveAlternative } : {}),
    reviewDate: text(values, 'reviewDate'),
  };
}

/**
 * Removes row `index` of a list (`prefix.0…`, `prefix.1…`) and moves the rows after it up one, so
 * the values stay with the rows they were typed in.
 */
export function removeRow(values: DecisionValues, prefix: string, index: number, count: number): DecisionValues {
  const next: DecisionValues = {};
  const rowOf = (key: string): number | null => {
    if (!key.startsWith(`${prefix}.`)) return null;
    const row = Number(key.slice(prefix.length + 1).split('.')[0]);
    return Number.isInteger(row) ? row : null;
  };
  for (const [key, value] of Object.entries(values)) {
    const row = rowOf(key);
    if (row === null) next[key] = value;
    else if (row < index) next[key] = value;
    else if (row > index && row < count) {
      const rest = key.slice(`${prefix}.${row}`.length);
      next[`${prefix}.${row - 1}${rest}`] = value;
    }
  }
  return next;
}
