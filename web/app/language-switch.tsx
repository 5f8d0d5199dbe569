import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../lib/i18n/i18n.ts';
import { useSession } from './session-context.ts';

/** Each language is named in itself (and marked with its own lang), the current one pressed. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { switchLocale } = useSession();
  const [announce, setAnnounce] = useState(false);
  const current = i18n.language as Locale;

  return (
    <div className="ws-lang" role="group" aria-label={t('language.label')}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="utrecht-link-button utrecht-link-button--html-button ws-lang__option"
          aria-pressed={locale === current}
          onClick={() => {
            if (locale === current) return;
            setAnnounce(true);
            void switchLocale(locale);
          }}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
      <span className="ws-visually-hidden" role="status">
        {announce ? t('language.changed') : ''}
      </span>
    </div>
  );
}
