/** Dates as a Dutch or English reader expects them, in the browser's time zone. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The Intl locale for a language of the app: Dutch style (1.234,5) unless English was chosen. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value);
}

/** A share from 0 to 1 as a percentage: 0.234 → "23%". */
export function formatPercent(share: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits }).format(share);
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
