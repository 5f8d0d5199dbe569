import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { I18nContext } from 'react-i18next';
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
  // The instance itself: useTranslation's `i18n` is a new copy at every change of language, and
  // with it in their dependencies these callbacks (and the effect that asks /me) would renew too.
  const { i18n } = useContext(I18nContext);
  const [me, setMe] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);
  // Counts the switches of language on this page: an answer asked for before the latest switch
  // carries an older language than the one on screen, and must not switch it back.
  const switches = useRef(0);

  const adopt = useCallback(
    (next: Me, followLocale = true) => {
      api.setCsrfToken(next.csrfToken);
      setMe(next);
      if (followLocale && next.locale !== i18n.language) {
        storeLocale(next.locale);
        void i18n.changeLanguage(next.locale);
      }
    },
    [api, i18n],
  );

  const takeOver = useCallback(
    (next: Me, followLocale: boolean) => {
      const chosen = takeVisitorChoice();
      if (!chosen || chosen === next.locale) return adopt(next, followLocale);
      adopt(next, false);
      const asked = switches.current;
      api.patch<Me>('/me', { locale: chosen }).then(
        (patched) => adopt(patched, switches.current === asked),
        () => {
          // The page keeps the chosen language; the account keeps its old setting.
        },
      );
    },
    [api, adopt],
  );

  const signedIn = useCallback((next: Me) => takeOver(next, true), [takeOver]);

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
      const asked = switches.current;
      const next = await api.get<Me>('/me');
      // Switched while asking: a choice made before the answer said who is logged in counts as a
      // visitor's (it wins, and the account follows); otherwise the screen keeps the newer choice.
      if (switches.current === asked) adopt(next);
      else takeOver(next, false);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) signedOut();
      else throw error;
    } finally {
      setReady(true);
    }
  }, [api, adopt, takeOver, signedOut]);

  const switchLocale = useCallback(
    async (locale: Locale) => {
      const asked = ++switches.current;
      storeLocale(locale);
      if (!me) rememberVisitorChoice(locale);
      await i18n.changeLanguage(locale);
      if (!me || me.locale === locale) return;
      try {
        const next = await api.patch<Me>('/me', { locale });
        adopt(next, switches.current === asked);
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
