import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { numberInterpolation } from '../format.ts';
import type monitorNl from '../../modules/monitor/i18n/nl.json';
import type steeringNl from '../../modules/steering/i18n/nl.json';
import nl from './nl.json';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** Dutch comes with the app; English is a chunk of its own, loaded when someone chooses it. */
const translations: Record<Locale, () => Promise<{ default: typeof nl }>> = {
  nl: async () => ({ default: nl }),
  en: () => import('./en.json'),
};

/**
 * Sections of the texts that come with their module's pages instead of with the first page (the
 * menu's words stay in nl.json and en.json): `withSections` loads them beside a page's chunk.
 */
const sections = {
  steering: {
    nl: () => import('../../modules/steering/i18n/nl.json'),
    en: () => import('../../modules/steering/i18n/en.json'),
  },
  monitor: {
    nl: () => import('../../modules/monitor/i18n/nl.json'),
    en: () => import('../../modules/monitor/i18n/en.json'),
  },
} satisfies Record<string, Record<Locale, () => Promise<{ default: object }>>>;
export type Section = keyof typeof sections;

/** Every text, sections included: what `t` may be asked for. */
export type Translations = typeof nl & { steering: typeof steeringNl; monitor: typeof monitorNl };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translations };
  }
}

/** Per app: the sections asked for so far, and which languages have them. */
interface SectionState {
  wanted: Set<Section>;
  loaded: Set<string>;
}
let current: { instance: i18n; state: SectionState } | undefined;

/** A language's texts, with the sections asked for so far (a switch of language brings them along). */
function backend(state: SectionState): BackendModule {
  return {
    type: 'backend',
    init: () => undefined,
    read(language, _namespace, callback) {
      if (!isLocale(language)) return callback(null, {});
      const wanted = [...state.wanted];
      Promise.all([translations[language](), ...wanted.map((name) => sections[name][language]())]).then(
        ([base, ...parts]) => {
          const texts: Record<string, object> = { ...base.default };
          wanted.forEach((name, i) => {
            texts[name] = { ...texts[name], ...parts[i]!.default };
            state.loaded.add(`${language}:${name}`);
          });
          callback(null, texts);
        },
        (error: Error) => callback(error, null),
      );
    },
  };
}

/** Loads these sections of the texts, in the language shown and in Dutch (the fallback). */
export async function loadSections(...names: Section[]): Promise<void> {
  if (!current) return;
  const { instance, state } = current;
  for (const name of names) state.wanted.add(name);
  const languages = [...new Set([instance.language, DEFAULT_LOCALE])].filter(isLocale);
  await Promise.all(
    languages.map(async (language) => {
      // After the language's own texts, which would otherwise replace the section when they arrive.
      await instance.loadLanguages(language);
      await Promise.all(
        names
          .filter((name) => !state.loaded.has(`${language}:${name}`))
          .map(async (name) => {
            const { default: texts } = await sections[name][language]();
            instance.addResourceBundle(language, 'translation', { [name]: texts }, true, true);
            state.loaded.add(`${language}:${name}`);
          }),
      );
    }),
  );
}

/** `module` (a page's chunk, being imported) once it and these sections of the texts have loaded. */
export async function withSections<T>(module: Promise<T>, ...names: Section[]): Promise<T> {
  const [loaded] = await Promise.all([module, loadSections(...names)]);
  return loaded;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** One i18next instance per app; `<html lang>` always follows the active language. */
export function createI18n(initial: Locale): i18n {
  const instance = i18next.createInstance();
  const state: SectionState = { wanted: new Set(), loaded: new Set() };
  current = { instance, state };
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void instance
    .use(backend(state))
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
