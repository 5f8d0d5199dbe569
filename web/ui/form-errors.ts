import type { i18n as I18n, TFunction } from 'i18next';
import type { z } from 'zod';
import { INVISIBLE_CHARACTER } from '../../contracts/text.ts';
import { ApiProblem } from '../app/api-client.ts';
import {
  fieldInWords,
  fieldName,
  hasOwnText,
  invalidParamText,
  problemText,
  valueProblemText,
} from './problem-text.ts';

/** Errors of one form: per field (keyed by the field's name and id) and one for the whole form. */
export interface FormErrors {
  fields: Partial<Record<string, string>>;
  general: string | null;
}

export const noErrors: FormErrors = { fields: {}, general: null };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general !== null || Object.values(errors.fields).some(Boolean);
}

/**
 * Checks input against the same Zod schema the server uses (contracts/), with messages in the
 * reader's language. An empty field gets "fill this in" rather than the rule it breaks.
 */
export function validateWith(
  schema: z.ZodType,
  input: Record<string, unknown>,
  t: TFunction,
  rename: Record<string, string> = {},
): FormErrors {
  const result = schema.safeParse(input);
  if (result.success) return noErrors;
  const fields: Record<string, string> = {};
  let general: string | null = null;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const name = rename[key] ?? key;
    // A rule about the form as a whole (say, "change at least one field") has no field to stand by.
    if (!name) general ??= issueMessage(issue, undefined, t, false);
    else fields[name] ??= issueMessage(issue, input[key], t);
  }
  return { fields, general };
}

function issueMessage(issue: z.core.$ZodIssue, value: unknown, t: TFunction, checkEmpty = true): string {
  const empty =
    checkEmpty && (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''));
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  return valueProblemText(
    {
      code: issue.code,
      empty,
      reason: params.reason === INVISIBLE_CHARACTER ? INVISIBLE_CHARACTER : issue.message,
      ...('origin' in issue && typeof issue.origin === 'string' ? { origin: issue.origin } : {}),
      ...('minimum' in issue ? { minimum: Number(issue.minimum) } : {}),
      ...('maximum' in issue ? { maximum: Number(issue.maximum) } : {}),
      ...('format' in issue && typeof issue.format === 'string' ? { format: issue.format } : {}),
      ...(issue.code === 'invalid_type' ? { expected: issue.expected } : {}),
      ...(typeof params.character === 'string' ? { character: params.character } : {}),
    },
    t,
  );
}

export interface ProblemMapping {
  /** Names of the fields on this form; other invalid parameters go to the general message. */
  fields: readonly string[];
  /** Server field name (without `body.`/`query.`) → form field name, where they differ. */
  rename?: Record<string, string>;
  /** A message of this form's own for a problem code, e.g. a login's 401. */
  messages?: Partial<Record<string, string>>;
}

/**
 * Turns a failed request into messages in the reader's language: each invalid field by its code
 * beside the field, fields the form does not show named in words, and the problem's code for the
 * whole. The server's English `detail` and `reason` reach only a reader of English.
 */
export function problemErrors(error: unknown, t: TFunction, i18n: I18n, mapping: ProblemMapping): FormErrors {
  if (!(error instanceof ApiProblem) || error.status >= 500)
    return { fields: {}, general: problemText(error, t, i18n) };

  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const param of error.invalidParams) {
    const serverName = fieldName(param);
    const top = serverName.split('.')[0] ?? serverName;
    // `areaIds.3` belongs to the form's `areaIds`, unless the form renames the whole name.
    const name = [mapping.rename?.[serverName], serverName, mapping.rename?.[top], top].find(
      (candidate): candidate is string => !!candidate && mapping.fields.includes(candidate),
    );
    const text = invalidParamText(param, t, i18n);
    if (name) fields[name] ??= text;
    else {
      const line = t('validation.fieldProblem', { field: fieldInWords(serverName, t), problem: text });
      if (!unplaced.includes(line)) unplaced.push(line);
    }
  }

  const own = mapping.messages?.[error.code];
  let general: string | null;
  if (own) general = own;
  else if (unplaced.length > 0) general = hasOwnText(error, i18n) ? problemText(error, t, i18n) : unplaced.join(' ');
  else if (Object.keys(fields).length > 0) general = null;
  else general = problemText(error, t, i18n);
  return { fields, general };
}
