import type { i18n as I18n, TFunction } from 'i18next';
import type { InvalidParam } from '../../contracts/common.ts';
import { INVISIBLE_CHARACTER } from '../../contracts/text.ts';
import { ApiProblem, NetworkError } from '../app/api-client.ts';

/**
 * What is known about one refused value: a zod issue checked in the browser, or an entry of the
 * server's `invalidParams`. Only the machine-readable parts choose the words; the server's English
 * `reason` is a key into `fieldProblem` (a service's own refusals), never shown to a Dutch reader.
 */
export interface ValueProblem {
  code?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  /** For `invalid_type`: the type that was expected (`number`, `string` …). */
  expected?: string;
  /** The server's or the schema's own words (English), looked up in `fieldProblem`. */
  reason?: string;
  /** Nothing was filled in. */
  empty?: boolean;
  /** The invisible character a name was refused for, as "U+200B". */
  character?: string;
  /** A service's own code's parameters, for its words. */
  params?: Record<string, string | number>;
}

/** Reasons with a name or number in them, read as the fixed reason they start with. */
const REASON_PATTERNS: Array<[RegExp, string]> = [
  [/^Unknown area code /, 'Unknown area'],
  [/^Unknown area /, 'Unknown area'],
  [/^Unknown neighbourhood/, 'Unknown area'],
  [/^Unknown: /, 'Unknown'],
  [/^This is a (municipality|district)$/, 'Not a neighbourhood (buurt)'],
  [/^Must be true: voters are at least/, 'Confirm your age'],
  [/^The initiative is already /, 'Already this status'],
  [/^From \w+ it can only become /, 'Not the next status'],
  [/^Only money needs take an amount/, 'Only money needs take an amount'],
];

const INVISIBLE = /invisible or control character \((U\+[0-9A-F]+)\)/;

/** The translation of a service's refusal, by its code or its English reason, when there is one. */
function ownProblem(problem: ValueProblem, t: TFunction): string | null {
  const table = t('fieldProblem', { returnObjects: true }) as unknown as Record<string, string>;
  // A code is a plain key, so its words may name its parameters ({{cents}}, {{years}} …).
  if (problem.code && /^[\w-]+$/.test(problem.code) && typeof table[problem.code] === 'string')
    return t(`fieldProblem.${problem.code}` as 'fieldProblem.Unknown', problem.params ?? {});
  const reason = problem.reason ?? '';
  const key =
    (typeof table[reason] === 'string' ? reason : undefined) ??
    REASON_PATTERNS.find(([pattern]) => pattern.test(reason))?.[1];
  return key && typeof table[key] === 'string' ? table[key] : null;
}

/** One refused value in the reader's language; the field's label stands beside it on the page. */
export function valueProblemText(problem: ValueProblem, t: TFunction, language = 'nl'): string {
  if (problem.empty || problem.code === 'required') return t('validation.required');
  const character = problem.character ?? INVISIBLE.exec(problem.reason ?? '')?.[1];
  if (problem.reason === INVISIBLE_CHARACTER || character)
    return t('validation.invisibleCharacter', { character: character ?? '' });
  const own = ownProblem(problem, t);
  if (own) return own;
  const many = problem.origin === 'array' || problem.origin === 'set';
  const number = problem.origin === 'number' || problem.origin === 'int' || problem.origin === 'bigint';
  switch (problem.code) {
    case 'too_small':
      if (many) return t('validation.tooFew', { count: problem.minimum ?? 1 });
      if (number) return t('validation.tooLow', { minimum: problem.minimum ?? 0 });
      if (problem.origin === 'date') return t('validation.date');
      return t('validation.tooShort', { count: problem.minimum ?? 1 });
    case 'too_big':
      if (many) return t('validation.tooMany', { count: problem.maximum ?? 1 });
      if (number) return t('validation.tooHigh', { maximum: problem.maximum ?? 0 });
      if (problem.origin === 'date') return t('validation.date');
      return t('validation.tooLong', { count: problem.maximum ?? 1 });
    case 'invalid_format':
      if (problem.format === 'email') return t('validation.email');
      if (problem.format === 'date' || problem.format === 'datetime') return t('validation.date');
      if (problem.format === 'url') return t('validation.url');
      return t('validation.invalid');
    case 'invalid_type':
      return number || problem.expected === 'number' || problem.expected === 'int'
        ? t('validation.number')
        : t('validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'not_multiple_of':
      return t('validation.wholeNumber');
    default:
      // An English reader may read the server's own words; a Dutch one gets a sentence of ours.
      return language === 'en' && problem.reason ? problem.reason : t('validation.invalid');
  }
}

/** The server's field name without `body.`/`query.`/`path.`: `areaIds.3` → `areaIds`. */
export function fieldName(param: Pick<InvalidParam, 'name'>): string {
  return param.name.replace(/^(body|query|params|path|querystring)\./, '');
}

/**
 * A field the form does not show by that name, in words: the last part of its name that is not a
 * number, looked up in `validation.fieldNames` ("areaIds" → "Buurten").
 */
export function fieldInWords(name: string, t: TFunction): string {
  const parts = name.split('.').filter((part) => !/^\d+$/.test(part) && !/^line\d+$/.test(part));
  const table = t('validation.fieldNames', { returnObjects: true }) as unknown as Record<string, string>;
  for (const part of parts.reverse()) if (typeof table[part] === 'string') return table[part];
  return t('validation.someField');
}

/** One entry of `invalidParams` in the reader's language. */
export function invalidParamText(param: InvalidParam, t: TFunction, i18n: I18n): string {
  const p = param.params ?? {};
  const number = (key: string) => (typeof p[key] === 'number' ? { [key]: p[key] } : {});
  const text = (key: string) => (typeof p[key] === 'string' ? { [key]: p[key] } : {});
  return valueProblemText(
    {
      reason: param.reason,
      ...(param.code ? { code: param.code } : {}),
      ...(param.params ? { params: param.params } : {}),
      ...text('origin'),
      ...text('format'),
      ...text('expected'),
      ...number('minimum'),
      ...number('maximum'),
    },
    t,
    i18n.language,
  );
}

/** Codes that only repeat the status: the server's detail says more, to a reader of English. */
const GENERIC_CODES = new Set(['bad-request', 'forbidden', 'not-found', 'conflict', 'unprocessable', 'invalid-fields']);

/** The problem has a translation of its own, saying more than its status. */
export function hasOwnText(error: ApiProblem, i18n: I18n): boolean {
  return !GENERIC_CODES.has(error.code) && i18n.exists(`problem.${error.code}`);
}

/**
 * What a failed request says as a whole, in the reader's language: the problem's code
 * (`problem.<code>`), else what its status means. The server's `detail` is English and reaches only
 * an English reader.
 */
export function problemText(error: unknown, t: TFunction, i18n: I18n): string {
  if (error instanceof NetworkError) return t('problem.network');
  if (!(error instanceof ApiProblem) || error.status >= 500) return t('problem.unexpected');
  const own = `problem.${error.code}`;
  if (hasOwnText(error, i18n)) return String(t(own as 'problem.forbidden'));
  if (i18n.language === 'en' && error.problem.detail) return error.problem.detail;
  if (i18n.exists(own)) return String(t(own as 'problem.forbidden'));
  const byStatus = `problem.status.${error.status}`;
  return i18n.exists(byStatus) ? String(t(byStatus as 'problem.status.400')) : t('problem.status.other');
}
