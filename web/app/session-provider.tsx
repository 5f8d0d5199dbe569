import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../contracts/accounts.ts';
import { storeLocale } from '../lib/i18n/locale-storage.ts';
import { ApiProblem } from './api-client.ts';
import { useApi } from './api-context.ts';
import { SessionContext, type Session } from './session-context.ts';

/** Asks the server who is logged in once, then keeps that answer and the CSRF token in step. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { i18n } = useTranslation();
  const [me, setMe] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);

  const signedIn = useCallback(
    (next: Me) => {
      api.setCsrfToken(next.csrfToken);
      setMe(next);
      // A logged-in person's language is a setting of their account, so it follows them around.
      if (next.locale !== i18n.language) {
        storeLocale(next.locale);
        void i18n.changeLanguage(next.locale);
      }
    },
    [api, i18n],
  );

  const signedOut = useCallback(() => {
    api.setCsrfToken(null);
    setMe(null);
  }, [api]);

  const refresh = useCallback(async () => {
    try {
      signedIn(await api.get<Me>('/me'));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) signedOut();
      else throw error;
    } finally {
      setReady(true);
    }
  }, [api, signedIn, signedOut]);

  useEffect(() => {
    refresh().catch(() => {
      // Server unreachable at start: show the site as logged out; pages report errors themselves.
    });
  }, [refresh]);

  useEffect(() => api.onUnauthorized(signedOut), [api, signedOut]);

  const value = useMemo<Session>(() => ({ me, ready, signedIn, signedOut, refresh }), [me, ready, signedIn, signedOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
