import type { SitePageSlug } from '../../../contracts/site.ts';

/** One row (id `site`): the municipality's identity. Absent until an administrator sets it. */
export interface SiteIdentityTable {
  id: string;
  name: string;
  brand_color: string;
  accent_color: string;
  link_color: string;
  logo_media_type: string | null;
  logo_base64: string | null;
  /** The design tokens as `[["--utrecht-link-color", "#01689b"], …]`, already checked. */
  tokens_json: string;
  /** Bumped on every change: the stylesheet's and the logo's URLs carry it, so caches keep them. */
  version: number;
  updated_at: string;
}

/** A footer page's own text; absent: the default text (site-defaults.ts). */
export interface SitePagesTable {
  slug: SitePageSlug;
  title: string;
  body: string;
  updated_at: string;
}

export interface SiteTables {
  site_identity: SiteIdentityTable;
  site_pages: SitePagesTable;
}
