import { useCallback, useEffect, useState } from 'react';
import type { Round } from '../../../contracts/budgeting.ts';
import { useApi } from '../../app/api-context.ts';
import { budgetApi } from './budgeting.api.ts';

/** One round, reloadable after an action changes it. */
export function useRound(roundId: string): {
  round: Round | null;
  error: unknown;
  reload(): void;
  setRound(round: Round): void;
} {
  const api = useApi();
  const [round, setRound] = useState<Round | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    budgetApi.round(api, roundId).then(
      (loaded) => current && setRound(loaded),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [api, roundId, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { round, error, reload, setRound };
}
