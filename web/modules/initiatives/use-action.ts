import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemErrors } from '../../ui/form-errors.ts';

/**
 * A button's action (support, sign up, deliver…): busy while it runs, and a readable message
 * when the server says no, with this module's own wording for some problem codes.
 */
export function useAction(messages: Partial<Record<string, string>> = {}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (key: string, action: () => Promise<unknown>): Promise<boolean> => {
      setBusy(key);
      setError(null);
      try {
        await action();
        return true;
      } catch (failure) {
        setError(problemErrors(failure, t, i18n, { fields: [], messages }).general ?? t('problem.unexpected'));
        return false;
      } finally {
        setBusy(null);
      }
    },
    // The messages object is recreated per render; its texts do not change meaning.
    [t, i18n],
  );
  return { busy, error, run, clearError: () => setError(null) };
}
