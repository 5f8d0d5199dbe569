import monitorEn from '../../modules/monitor/i18n/en.json';
import monitorNl from '../../modules/monitor/i18n/nl.json';
import steeringEn from '../../modules/steering/i18n/en.json';
import steeringNl from '../../modules/steering/i18n/nl.json';
import en from './en.json';
import nl from './nl.json';
import type { Locale, Translations } from './i18n.ts';

/**
 * Every text in both languages, the sections that load with their module's pages included: for
 * tests and tools. The app itself loads a section when a page needs it (`withSections`).
 */
export const messages: Record<Locale, Translations> = {
  nl: { ...nl, steering: { ...nl.steering, ...steeringNl }, monitor: { ...nl.monitor, ...monitorNl } },
  en: { ...en, steering: { ...en.steering, ...steeringEn }, monitor: { ...en.monitor, ...monitorEn } },
};
