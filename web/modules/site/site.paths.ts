import type { SitePageSlug } from '../../../contracts/site.ts';

/** The footer pages and the administrator's pages for the site's identity; Dutch paths, like the rest of the site. */
export const sitePaths = {
  privacy: '/privacyverklaring',
  accessibility: '/toegankelijkheidsverklaring',
  contact: '/contact',
  settings: '/beheer/huisstijl',
  editPage: (slug: SitePageSlug) => `/beheer/paginas/${slug}`,
  editPagePattern: '/beheer/paginas/:slug',
} as const;

/** Where each footer page lives (the server's share previews know the same paths). */
export const footerPagePath: Record<SitePageSlug, string> = {
  privacy: sitePaths.privacy,
  accessibility: sitePaths.accessibility,
  contact: sitePaths.contact,
};
