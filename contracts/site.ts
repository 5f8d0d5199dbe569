import * as z from 'zod';
import { TimestampSchema } from './common.ts';

/** WCAG 2.1 AA: normal text needs a contrast of at least 4.5 to 1 against its background. */
export const MIN_TEXT_CONTRAST = 4.5;

/** A logo of at most this many bytes (a logo is small; an SVG of a few KB is usual). */
export const LOGO_MAX_BYTES = 200_000;
export const logoMediaTypes = ['image/svg+xml', 'image/png', 'image/webp'] as const;

export const HexColorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'A colour as #rrggbb')
  .transform((value) => value.toLowerCase())
  .describe('A colour as #rrggbb');

export const SiteIdentitySchema = z
  .object({
    name: z.string().describe('The municipality’s name as the site shows it, e.g. "Gemeente Wakkerdam"'),
    brandColor: z.string().describe('Header bar, menu and footer; white text stands on it'),
    accentColor: z.string().describe('Lines, focus ring and the skip link; black text stands on it'),
    linkColor: z.string().describe('Links on the white page'),
    logoUrl: z.string().nullable().describe('The uploaded logo; null: the platform’s own mark'),
    themeUrl: z.string().describe('The stylesheet with these colours and the design tokens, versioned'),
    designTokens: z
      .number()
      .int()
      .describe('How many design tokens (CSS custom properties) are set from a tokens file'),
    updatedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'SiteIdentity' });
export type SiteIdentity = z.infer<typeof SiteIdentitySchema>;

export const LogoUploadSchema = z
  .strictObject({
    mediaType: z.enum(logoMediaTypes),
    data: z
      .string()
      .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Base64')
      .describe('The file, base64-encoded'),
  })
  .meta({ id: 'LogoUpload' });

export const SiteIdentityUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(80),
    brandColor: HexColorSchema,
    accentColor: HexColorSchema,
    linkColor: HexColorSchema,
    logo: LogoUploadSchema.nullable()
      .optional()
      .describe('A new logo; null removes it and shows the platform’s own mark; absent keeps the current one'),
  })
  .meta({ id: 'SiteIdentityUpdate' });
export type SiteIdentityUpdate = z.infer<typeof SiteIdentityUpdateSchema>;

/**
 * A design-tokens file as NL Design System themes publish them (Style Dictionary: nested groups,
 * leaves with `value`, or `$value` in the W3C format). Every leaf becomes a CSS custom property
 * named by its path: `{"utrecht":{"link":{"color":{"value":"#01689b"}}}}` → `--utrecht-link-color`.
 */
export const DesignTokensUpdateSchema = z
  .strictObject({
    tokens: z.record(z.string(), z.unknown()).describe('The tokens file’s JSON'),
  })
  .meta({ id: 'DesignTokensUpdate' });

export const sitePageSlugs = ['privacy', 'accessibility', 'contact'] as const;
export const SitePageSlugSchema = z
  .enum(sitePageSlugs)
  .describe('privacy: privacyverklaring; accessibility: toegankelijkheidsverklaring; contact: contact');
export type SitePageSlug = z.infer<typeof SitePageSlugSchema>;

export const SitePageParams = z.strictObject({ slug: SitePageSlugSchema });

/** A footer page's text: plain paragraphs, `## ` headings, `- ` list items and `[text](https://…)` links; no HTML. */
export const SitePageSchema = z
  .object({
    slug: SitePageSlugSchema,
    title: z.string(),
    body: z.string().describe('Paragraphs separated by an empty line; `## ` heading, `- ` list item, [text](url) link'),
    updatedAt: TimestampSchema.nullable().describe('Null: the default text, never edited'),
  })
  .meta({ id: 'SitePage' });
export type SitePage = z.infer<typeof SitePageSchema>;

export const SitePageUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(2).max(120),
    body: z.string().trim().min(1).max(20_000),
  })
  .meta({ id: 'SitePageUpdate' });
export type SitePageUpdate = z.infer<typeof SitePageUpdateSchema>;
