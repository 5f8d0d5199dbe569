import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../contracts/accounts.ts';
import type { Locale } from '../lib/i18n/i18n.ts';
import { storeLocale } from '../lib/i18n/locale-storage.ts';
import { useApi } from './api-context.ts';
import { useSession } from './session-context.ts';

/** Switches the language now, remembers it on this device and, when logged in, on the account. */
export function useLocaleSwitch(): (locale: Locale) => Promise<void> {
  const { i18n } = useTranslation();
  const api = useApi();
  const { me, signedIn } = useSession();
  return useCallback(
    async (locale: Locale) => {
      storeLocale(locale);
      await i18n.changeLanguage(locale);
      if (me && me.locale !== locale) {
        try {
          signedIn(await api.patch<Me>('/me', { locale }));
        } catch {
          // The switch already happened on this device; the account keeps its old setting.
        }
      }
    },
    [api, i18n, me, signedIn],
  );
}
