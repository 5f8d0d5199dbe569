import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n.ts';

const KEY = 'wakkere-stad.locale';

/** The visitor's chosen language survives a reload; Dutch until they choose otherwise. */
export function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this visit only.
  }
}
