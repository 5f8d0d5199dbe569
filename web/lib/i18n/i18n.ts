import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { numberInterpolation } from '../format.ts';
import nl from './nl.json';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** Dutch comes with the app; English is a chunk of its own, loaded when someone chooses it. */
const translations: Record<Locale, () => Promise<{ default: typeof nl }>> = {
  nl: async () => ({ default: nl }),
  en: () => import('./en.json'),
};

const lazyTranslations: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(null, {});
    translations[language]().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, null),
    );
  },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** One i18next instance per app; `<html lang>` always follows the active language. */
export function createI18n(initial: Locale): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void instance
    .use(lazyTranslations)
    .use(initReactI18next)
    .init({
      resources: { nl: { translation: nl } },
      partialBundledLanguages: true,
      lng: initial,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: [...locales],
      interpolation: numberInterpolation,
      initAsync: false,
    });
  return instance;
}
