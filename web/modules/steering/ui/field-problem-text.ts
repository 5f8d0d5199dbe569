import type { TFunction } from 'i18next';
import {
  providerKinds,
  steeringFieldProblems,
  steeringLayers,
  type ProviderKind,
  type SteeringFieldProblemCode,
  type SteeringLayer,
} from '../../../../contracts/steering.ts';
import { money } from '../steering-format.ts';
import { layerText, providerText } from '../steering-texts.ts';

/** An `invalidParams` entry as the steering API gives it: a code and its parameters beside the English reason. */
export interface CodedParam {
  name: string;
  reason: string;
  code?: unknown;
  params?: unknown;
}

const isCode = (code: unknown): code is SteeringFieldProblemCode =>
  typeof code === 'string' && (steeringFieldProblems as readonly string[]).includes(code);

/**
 * Words a field the steering services refused in the reader's language from its code
 * (`steering.fieldProblems.<code>`), with amounts as money, a layer and a provider by name. Null
 * for a field without a steering code: the shared validation's, which the app words itself.
 */
export function fieldProblemText(param: CodedParam, t: TFunction, locale: string): string | null {
  if (!isCode(param.code)) return null;
  const given = (param.params ?? {}) as Record<string, unknown>;
  const values: Record<string, string | number> = {};
  if (typeof given['cents'] === 'number') values['amount'] = money(given['cents'], locale);
  if (typeof given['years'] === 'number') values['years'] = given['years'];
  if ((steeringLayers as readonly unknown[]).includes(given['layer']))
    values['layer'] = layerText(t, given['layer'] as SteeringLayer).toLowerCase();
  if ((providerKinds as readonly unknown[]).includes(given['provider']))
    values['provider'] = providerText(t, given['provider'] as ProviderKind).toLowerCase();
  return t(`steering.fieldProblems.${param.code}` as 'steering.fieldProblems.after_today', values);
}
