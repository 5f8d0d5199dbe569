import { beforeAll, describe, expect, test } from 'vitest';
import { createI18n, loadSections } from './i18n.ts';
import { messages } from './messages.ts';

// The steering and monitor texts come with their pages, not with the first page (issue 15): the
// menu's words are there from the start, a section once its pages ask for it, in the language
// shown and after a switch of language.
beforeAll(() => {
  // createI18n keeps <html lang> in step; the unit tests run without a browser.
  (globalThis as { document?: unknown }).document = { documentElement: { lang: '' } };
});

describe('sections of the texts', () => {
  test('the menu words are there at once; a section once asked for, also after switching language', async () => {
    const i18n = createI18n('nl');
    expect(i18n.t('steering.nav.tasks')).toBe(messages.nl.steering.nav.tasks);
    expect(i18n.t('steering.tasks.title')).toBe('steering.tasks.title'); // not loaded yet
    await loadSections('steering');
    expect(i18n.t('steering.tasks.title')).toBe(messages.nl.steering.tasks.title);
    expect(i18n.t('steering.nav.tasks')).toBe(messages.nl.steering.nav.tasks); // merged, not replaced

    await i18n.changeLanguage('en');
    expect(i18n.t('steering.tasks.title')).toBe(messages.en.steering.tasks.title);
    expect(i18n.t('steering.nav.tasks')).toBe(messages.en.steering.nav.tasks);
    expect(i18n.t('monitor.title')).toBe('monitor.title'); // never asked for
  });

  test('starting in English, a section loads in English and in Dutch (the fallback)', async () => {
    const i18n = createI18n('en');
    await loadSections('monitor');
    expect(i18n.t('monitor.title')).toBe(messages.en.monitor.title);
    expect(i18n.t('monitor.nav')).toBe(messages.en.monitor.nav);
    expect(i18n.getResource('nl', 'translation', 'monitor.title')).toBe(messages.nl.monitor.title);
  });
});
