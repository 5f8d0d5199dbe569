import type { Token } from './design-tokens.ts';

export interface ThemeColours {
  brandColor: string;
  accentColor: string;
  linkColor: string;
}

/**
 * The identity's stylesheet: the design tokens from a tokens file, then the administrator's own
 * colours on the variables web/app/theme.css reads. The doubled class outranks theme.css's
 * `.utrecht-theme` whatever the order the stylesheets load in. Values were checked on the way in
 * (design-tokens.ts, contracts/site.ts), so they are written as they are.
 */
export function themeCss(colours: ThemeColours | undefined, tokens: readonly Token[]): string {
  const lines = [
    ...tokens.map(([name, value]) => `  ${name}: ${value};`),
    ...(colours
      ? [
          `  --ws-brand: ${colours.brandColor};`,
          `  --ws-brand-strong: color-mix(in srgb, ${colours.brandColor} 75%, #000);`,
          `  --ws-accent: ${colours.accentColor};`,
          `  --utrecht-link-color: ${colours.linkColor};`,
          `  --utrecht-link-hover-color: ${colours.linkColor};`,
          `  --utrecht-link-visited-color: ${colours.linkColor};`,
        ]
      : []),
  ];
  const header = "/* The municipality's identity: design tokens and colours (GET /site/theme.css). */\n";
  return lines.length === 0 ? header : `${header}.utrecht-theme.utrecht-theme {\n${lines.join('\n')}\n}\n`;
}
