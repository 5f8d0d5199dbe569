import type { FormatFunction, InterpolationOptions } from 'i18next';

/** The Intl locale for a language of the app: Dutch style (1.234,5) unless English was chosen. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** Dates as a Dutch or English reader expects them, in the browser's time zone. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(new Date(iso));
}

/**
 * A moment with its time of day: "12 mei 2026 om 14:30". A moment at midnight is a date that was
 * given without a time (a deadline, a phase that starts "on 1 May"), so it shows no "00:00".
 */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  const midnight = date.getHours() === 0 && date.getMinutes() === 0;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    ...(midnight ? {} : { timeStyle: 'short' }),
  }).format(date);
}

/** Intl writes a hyphen before a negative number; typography wants the true minus sign (−). */
const trueMinus = (text: string) => text.replace(/-(?=\d)/g, '\u2212');

/** A number in the reader's style: 1.234,5 in Dutch, 1,234.5 in English; −20 with a true minus. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return trueMinus(new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value));
}

/** A number with exactly this many decimals: 302 → "302,0" with one. */
export function formatDecimal(value: number, locale: string, fractionDigits: number): string {
  return trueMinus(
    new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(value),
  );
}

/** A change or balance that may go either way: "+3,5", "−20", "0". */
export function formatSigned(value: number, locale: string, maximumFractionDigits = 0): string {
  return trueMinus(
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits, signDisplay: 'exceptZero' }).format(value),
  );
}

/** A share from 0 to 1 as a percentage: 0.234 → "23%". */
export function formatPercent(share: number, locale: string, maximumFractionDigits = 0): string {
  return trueMinus(
    new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits }).format(share),
  );
}

/**
 * A calendar date (YYYY-MM-DD, no time of day): "12 mei 2026", or with `month` "mei 2026". Read as
 * UTC so that no time zone moves it to the day before.
 */
export function formatCalendarDate(date: string, locale: string, style: 'long' | 'short' | 'month' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'month'
      ? { month: 'long', year: 'numeric' }
      : style === 'short'
        ? { day: 'numeric', month: 'short', year: 'numeric' }
        : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}

/** Numbers that are names rather than amounts: written as they are ("2025", not "2.025"). */
const NOT_AMOUNTS = new Set(['year', 'code', 'id', 'line']);

/**
 * i18next's interpolation for the app: every number put into a text ("{{count}} initiatieven",
 * "{{population}} inwoners") is written in the reader's style — 12.000 and 3,5 in Dutch.
 */
const formatInterpolated: FormatFunction = (value: unknown, _format, lng, options) =>
  typeof value === 'number' && !NOT_AMOUNTS.has(String(options?.['interpolationkey'] ?? ''))
    ? formatNumber(value, lng ?? 'nl', 3)
    : (value as string);

export const numberInterpolation: InterpolationOptions = {
  escapeValue: false,
  alwaysFormat: true,
  format: formatInterpolated,
};
