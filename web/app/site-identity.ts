import { createContext, useContext } from 'react';
import type { SiteIdentity } from '../../contracts/site.ts';

export interface SiteIdentityState {
  /** Null only until GET /site answers, when the server did not put the identity into the page. */
  identity: SiteIdentity | null;
  /** After an administrator saved a change: the header and the stylesheet follow at once. */
  adopt(identity: SiteIdentity): void;
}

export const SiteIdentityContext = createContext<SiteIdentityState>({ identity: null, adopt: () => undefined });

export function useSiteIdentity(): SiteIdentityState {
  return useContext(SiteIdentityContext);
}

/** The element the server writes into index.html (server/modules/site/html-head.ts). */
export const IDENTITY_ELEMENT_ID = 'ws-site-identity';
export const THEME_LINK_ID = 'ws-site-theme';

/** The identity the server put into the page, so the first paint needs no request. */
export function identityFromPage(doc: Document = document): SiteIdentity | null {
  const text = doc.getElementById(IDENTITY_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as SiteIdentity;
  } catch {
    return null;
  }
}

/** Points the page's identity stylesheet at this version (adds it where the server did not, as under `vite`). */
export function pointThemeStylesheet(doc: Document, href: string): void {
  let link = doc.getElementById(THEME_LINK_ID) as HTMLLinkElement | null;
  if (!link) {
    link = doc.createElement('link');
    link.id = THEME_LINK_ID;
    link.rel = 'stylesheet';
    doc.head.append(link);
  }
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}
