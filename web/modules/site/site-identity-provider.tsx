import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SiteIdentity } from '../../../contracts/site.ts';
import { useApi } from '../../app/api-context.ts';
import { siteApi } from './site.api.ts';
import { identityFromPage, SiteIdentityContext, pointThemeStylesheet } from '../../app/site-identity.ts';
import './site.css';

/**
 * The municipality's name, logo and colours for the whole app: from the page the server sent, or
 * from GET /site when it did not put them there (the Vite dev server).
 */
export function SiteIdentityProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [fromPage] = useState(identityFromPage);
  const [identity, setIdentity] = useState<SiteIdentity | null>(fromPage);
  // Asked once, when the page did not carry it; later changes come through adopt().
  useEffect(() => {
    if (fromPage) return;
    let current = true;
    siteApi.identity(api).then(
      (answer) => current && setIdentity(answer),
      () => undefined, // the platform's own name and look stay
    );
    return () => {
      current = false;
    };
  }, [api, fromPage]);
  useEffect(() => {
    if (identity) pointThemeStylesheet(document, identity.themeUrl);
  }, [identity]);
  const value = useMemo(() => ({ identity, adopt: setIdentity }), [identity]);
  return <SiteIdentityContext.Provider value={value}>{children}</SiteIdentityContext.Provider>;
}
