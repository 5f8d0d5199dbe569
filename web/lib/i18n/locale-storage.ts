import { DEFAULT_LOCALE, isLocale, type Locale } from './i18n.ts';

const KEY = 'wakkere-stad.locale';
const VISITOR_CHOICE_KEY = 'wakkere-stad.locale-chosen';

// Storage can be blocked (private mode, strict settings): then choices last for this page only.
function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // See above.
  }
}

/** The language this device starts in: the last one shown here, Dutch until anyone chooses. */
export function storedLocale(): Locale {
  const value = read(() => window.localStorage, KEY);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function storeLocale(locale: Locale): void {
  write(() => window.localStorage, KEY, locale);
}

/**
 * A language picked while logged out, kept for this tab only (it survives the page loads of a
 * login, but not the next person on a shared computer); logging in takes it over.
 */
export function rememberVisitorChoice(locale: Locale): void {
  write(() => window.sessionStorage, VISITOR_CHOICE_KEY, locale);
}

export function takeVisitorChoice(): Locale | null {
  const value = read(() => window.sessionStorage, VISITOR_CHOICE_KEY);
  write(() => window.sessionStorage, VISITOR_CHOICE_KEY, null);
  return isLocale(value) ? value : null;
}
