/** What a link preview shows of a page (Open Graph and Twitter card), and the site's identity for the app. */
export interface PageHead {
  /** The page's own title; the document title adds the site's name. */
  title: string;
  description: string;
  siteName: string;
  /** Absolute URL of the page, when the server knows where it lives (PUBLIC_URL). */
  url: string | undefined;
  /** Absolute URL of the preview image. */
  image: string;
  imageAlt: string;
  type: 'website' | 'article';
  /** The identity's stylesheet (colours, design tokens). */
  themeHref: string;
  /** The identity as GET /site answers it, read by the web app before its first request. */
  identity: unknown;
  /** The identity's logo for the shell, or null for the platform's own mark. */
  logoSrc: string | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML: safe in an element and in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON inside a `<script type="application/json">` element: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * index.html as served for one page: its title and description, the share-preview meta tags, the
 * identity's stylesheet, and the identity's name (and logo) in the header the shell paints before
 * the app runs. Every value is escaped here; callers pass plain text.
 */
export function renderIndexHtml(indexHtml: string, head: PageHead): string {
  const title = head.title === head.siteName ? head.siteName : `${head.title} | ${head.siteName}`;
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  const tags = [
    meta('name', 'description', head.description),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    ...(head.url
      ? [meta('property', 'og:url', head.url), `<link rel="canonical" href="${escapeHtml(head.url)}" />`]
      : []),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:alt', head.imageAlt),
    meta('property', 'og:locale', 'nl_NL'),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
    `<link rel="stylesheet" id="ws-site-theme" href="${escapeHtml(head.themeHref)}" />`,
    `<script type="application/json" id="ws-site-identity">${jsonForScript(head.identity)}</script>`,
  ];
  let html = indexHtml
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta\s+name="description"[\s\S]*?\/?>\s*/, '')
    .replace(/<\/head>/, () => `    ${tags.join('\n    ')}\n  </head>`)
    .replace(
      /(<span class="ws-logo__text">)[^<]*(<\/span>)/,
      (_, open: string, close: string) => `${open}${escapeHtml(head.siteName)}${close}`,
    );
  if (head.logoSrc) {
    const logo = head.logoSrc;
    html = html.replace(
      /<svg class="ws-logo__mark"[\s\S]*?<\/svg>/,
      () => `<img class="ws-logo__mark ws-logo__image" src="${escapeHtml(logo)}" alt="" />`,
    );
  }
  return html;
}
