/**
 * Money, shares and calendar dates in Dutch style (English style when English was chosen). Dates
 * and moments with a time of day go through web/lib/format.ts.
 */

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** Euro cents as "€ 250.000" (whole euros) or "€ 1.234,56". */
export function money(cents: number, locale: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/** A share from 0 to 1 as a whole percentage: 0.234 → "23%". */
export function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function decimal(value: number, locale: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value);
}

/** A calendar date (YYYY-MM-DD) as "12 mei 2026"; read as UTC so no time zone moves it a day. */
export function calendarDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}

/**
 * An amount as people type it — "1.250", "1250,50", "€ 1.250,5", "1250.50" — in cents; null when
 * it is no amount. One or two digits after the last separator are cents; groups of three are thousands.
 */
export function parseEuros(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '');
  if (!/^\d{1,3}([.,]\d{3})*([.,]\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(cleaned)) return null;
  const decimals = /[.,](\d{1,2})$/.exec(cleaned);
  const wholePart = (decimals ? cleaned.slice(0, -decimals[0].length) : cleaned).replace(/[.,]/g, '');
  const fraction = decimals ? (decimals[1] ?? '').padEnd(2, '0') : '00';
  const cents = Number(wholePart) * 100 + Number(fraction);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as a form's starting value: "250000" or "1250,50" (no thousands separators to trip over). */
export function euroInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** Today's date in Amsterdam as YYYY-MM-DD, and a date some days later. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}
