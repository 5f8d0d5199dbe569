import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { noErrors, type FormErrors } from '../../ui/form-errors.ts';

/**
 * Like `validateWith` (web/ui/form-errors.ts), for nested bodies: every problem of the contract's
 * schema at once, keyed by the field's path with dots (`instruments.agreement.milestones.0.title`),
 * which is also the field's id and the name the server gives it in `invalidParams`.
 */
export function checkWith(
  schema: z.ZodType,
  input: unknown,
  t: TFunction,
  fieldOf: (path: string) => string = (path) => path,
): FormErrors {
  const result = schema.safeParse(input);
  if (result.success) return noErrors;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const name = fieldOf(issue.path.map(String).join('.'));
    if (!name || fields[name]) continue;
    fields[name] = messageOf(issue, valueAt(input, issue.path), t);
  }
  return { fields, general: null };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function messageOf(issue: z.core.$ZodIssue, value: unknown, t: TFunction): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return t('validation.required');
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? t('validation.tooShort', { count: Number(issue.minimum) })
        : t('steering.form.tooSmall', { count: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { count: Number(issue.maximum) })
        : t('steering.form.tooBig', { count: Number(issue.maximum) });
    default:
      return t('validation.invalid');
  }
}

/** Only the errors of these fields, for a form that shows part of a larger body. */
export function only(errors: FormErrors, names: readonly string[]): FormErrors {
  return {
    general: errors.general,
    fields: Object.fromEntries(Object.entries(errors.fields).filter(([name]) => names.includes(name))),
  };
}
