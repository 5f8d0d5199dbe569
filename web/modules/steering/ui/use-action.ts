import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemErrors } from '../../../ui/form-errors.ts';
import { useProblemMessages } from './problem-messages.ts';

/**
 * A button's action (record a milestone met, accept a challenge): busy while it runs, and a
 * readable message when the server says no.
 */
export function useAction() {
  const { t, i18n } = useTranslation();
  const messages = useProblemMessages();
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
    [t, i18n, messages],
  );
  return { busy, error, run, clearError: () => setError(null) };
}
