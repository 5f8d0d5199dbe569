import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../contracts/accounts.ts';
import type { Locale } from '../lib/i18n/i18n.ts';
import { forgetPersonalData } from '../lib/personal-storage.ts';
import { rememberVisitorChoice, storeLocale, takeVisitorChoice } from '../lib/i18n/locale-storage.ts';
import { ApiProblem } from './api-client.ts';
import { useApi } from './api-context.ts';
import { SessionContext, type Session } from './session-context.ts';
import { forgetSignedIn, maybeSignedIn } from './signed-in-hint.ts';

/**
 * Asks the server who is logged in once, then keeps that answer, the CSRF token and the
 * language in step. A logged-in person's language is a setting of their account, so it follows
 * them to other devices; a choice made while logged out, just before logging in, wins though.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { i18n } = useTranslation();
  const [me, setMe] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);

  const adopt = useCallback(
    (next: Me) => {
      api.setCsrfToken(next.csrfToken);
      setMe(next);
      if (next.locale !== i18n.language) {
        storeLocale(next.locale);
        void i18n.changeLanguage(next.locale);
      }
    },
    [api, i18n],
  );

  const signedIn = useCallback(
    (next: Me) => {
      const chosen = takeVisitorChoice();
      if (!chosen || chosen === next.locale) return adopt(next);
      api.setCsrfToken(next.csrfToken);
      setMe(next);
      api.patch<Me>('/me', { locale: chosen }).then(adopt, () => {
        // The page keeps the chosen language; the account keeps its old setting.
      });
    },
    [api, adopt],
  );

  // At log-out, account deletion and any 401 (the session ended elsewhere or expired): nothing
  // personal stays in this browser for the next person at a shared computer.
  const signedOut = useCallback(() => {
    forgetSignedIn();
    api.setCsrfToken(null);
    forgetPersonalData();
    setMe(null);
  }, [api]);

  const refresh = useCallback(async () => {
    try {
      // Nobody logged in in this browser: nothing to ask (and no 401 in the console).
      if (!maybeSignedIn()) return signedOut();
      adopt(await api.get<Me>('/me'));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) signedOut();
      else throw error;
    } finally {
      setReady(true);
    }
  }, [api, adopt, signedOut]);

  const switchLocale = useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18n.changeLanguage(locale);
      if (!me) {
        rememberVisitorChoice(locale);
        return;
      }
      if (me.locale === locale) return;
      try {
        adopt(await api.patch<Me>('/me', { locale }));
      } catch {
        // Switched on this device already; the account keeps its old setting.
      }
    },
    [api, i18n, me, adopt],
  );

  useEffect(() => {
    refresh().catch(() => {
      // Server unreachable at start: show the site as logged out; pages report errors themselves.
    });
  }, [refresh]);

  useEffect(() => api.onUnauthorized(signedOut), [api, signedOut]);

  const value = useMemo<Session>(
    () => ({ me, ready, signedIn, signedOut, refresh, switchLocale }),
    [me, ready, signedIn, signedOut, refresh, switchLocale],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
