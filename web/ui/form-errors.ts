import type { i18n as I18n, TFunction } from 'i18next';
import type { z } from 'zod';
import { INVISIBLE_CHARACTER } from '../../contracts/text.ts';
import { ApiProblem, NetworkError } from '../app/api-client.ts';

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
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const name = rename[key] ?? key;
    if (!name || fields[name]) continue;
    fields[name] = issueMessage(issue, input[key], t);
  }
  return { fields, general: null };
}

function issueMessage(issue: z.core.$ZodIssue, value: unknown, t: TFunction): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return t('validation.required');
  switch (issue.code) {
    case 'too_small':
      return t('validation.tooShort', { count: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { count: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'custom':
      return issue.params?.reason === INVISIBLE_CHARACTER
        ? t('validation.invisibleCharacter', { character: String(issue.params.character ?? '') })
        : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

export interface ProblemMapping {
  /** Names of the fields on this form; other invalid parameters go to the general message. */
  fields: readonly string[];
  /** Server field name (without `body.`/`query.`) → form field name, where they differ. */
  rename?: Record<string, string>;
  /** A message of this form's own for a problem code, e.g. a login's 401. */
  messages?: Partial<Record<string, string>>;
}

/** Turns a failed request into messages: known problem codes translated, otherwise the server's detail. */
export function problemErrors(error: unknown, t: TFunction, i18n: I18n, mapping: ProblemMapping): FormErrors {
  if (error instanceof NetworkError) return { fields: {}, general: t('problem.network') };
  if (!(error instanceof ApiProblem)) return { fields: {}, general: t('problem.unexpected') };
  if (error.status >= 500) return { fields: {}, general: t('problem.unexpected') };

  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const param of error.invalidParams) {
    const serverName = param.name.replace(/^(body|query|params)\./, '');
    const name = mapping.rename?.[serverName] ?? serverName;
    const key = `fieldProblem.${param.reason}`;
    const reason = i18n.exists(key) ? String(t(key as 'fieldProblem.Not correct')) : param.reason;
    if (mapping.fields.includes(name)) fields[name] ??= reason;
    else unplaced.push(reason);
  }

  const placedAll = Object.keys(fields).length > 0 && unplaced.length === 0;
  const own = mapping.messages?.[error.code];
  let general: string | null;
  if (own) general = own;
  else if (placedAll) general = null;
  else if (i18n.exists(`problem.${error.code}`)) general = String(t(`problem.${error.code}` as 'problem.forbidden'));
  else general = [error.problem.detail, ...unplaced].join(' ');
  return { fields, general };
}
