/**
 * The demo municipality's logo: a shield in Wakkerdam's green with its dam, the water before it and
 * a rising sun. Drawn for the demo; plain shapes only, so it passes the logo check (logo.ts).
 */
export const WAKKERDAM_LOGO_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <title>Gemeente Wakkerdam</title>
  <path d="M8 6h48v26c0 14-10 22-24 27C18 54 8 46 8 32z" fill="#17503f"/>
  <circle cx="42" cy="22" r="7" fill="#f5b82e"/>
  <path d="M14 30h36v7H14z" fill="#ffffff"/>
  <path d="M18 30v-6h4v6M28 30v-6h4v6M38 30v-6h4v6" fill="#ffffff"/>
  <path d="M14 43c4-3 8-3 12 0s8 3 12 0 8-3 12 0" fill="none" stroke="#9fd3c2" stroke-width="3" stroke-linecap="round"/>
  <path d="M18 50c3-2 7-2 10 0s7 2 10 0 5-2 8-1" fill="none" stroke="#9fd3c2" stroke-width="3" stroke-linecap="round"/>
</svg>
`;

/** Wakkerdam's colours: each passes WCAG AA with what stands on it (contrast.ts). */
export const WAKKERDAM_COLOURS = {
  brandColor: '#17503f',
  accentColor: '#f5b82e',
  linkColor: '#0d6650',
} as const;
