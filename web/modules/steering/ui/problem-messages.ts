import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The steering module's own wording for the server's problem codes (`steering.problems.<code>`),
 * handed to `problemErrors` so a refusal reads as a sentence in the reader's language.
 */
export function useProblemMessages(): Partial<Record<string, string>> {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const texts = (i18n.getResource(language, 'translation', 'steering.problems') ??
      i18n.getResource('nl', 'translation', 'steering.problems') ??
      {}) as Record<string, string>;
    return Object.fromEntries(
      Object.keys(texts).map((code) => [code, t(`steering.problems.${code}` as 'steering.problems.exclusive-task')]),
    );
  }, [t, i18n, language]);
}
