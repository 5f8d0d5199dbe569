import type { Token } from './design-tokens.ts';

export interface ThemeColours {
  brandColor: string;
  accentColor: string;
  linkColor: string;
}

/**
 * The identity's stylesheet: the design tokens from a tokens file, then the administrator's own
 * colours on the variables web/app/theme.css and the Utrecht components read. The doubled class outranks theme.css's
 * `.utrecht-theme` whatever the order the stylesheets load in. Values were checked on the way in
 * (design-tokens.ts, contracts/site.ts), so they are written as they are.
 */
export function themeCss(colours: ThemeColours | undefined, tokens: readonly Token[]): string {
  const fromTokens = new Set(tokens.map(([name]) => name));
  const lines = [
    ...tokens.map(([name, value]) => `  ${name}: ${value};`),
    ...(colours ? colourLines(colours).filter(([name]) => !fromTokens.has(name)) : []).map(
      ([name, value]) => `  ${name}: ${value};`,
    ),
  ];
  const header = "/* The municipality's identity: design tokens and colours (GET /site/theme.css). */\n";
  return lines.length === 0 ? header : `${header}.utrecht-theme.utrecht-theme {\n${lines.join('\n')}\n}\n`;
}

/**
 * The administrator's colours on what the theme and the Utrecht components read. The brand colour
 * carries white text (menu, footer, primary buttons), the link colour stands on white (links,
 * breadcrumbs, secondary buttons): the pairs the contrast check vouches for. A component colour a
 * tokens file sets is the file's.
 */
function colourLines({ brandColor, accentColor, linkColor }: ThemeColours): Array<[string, string]> {
  const strong = `color-mix(in srgb, ${brandColor} 75%, #000)`;
  return [
    ['--ws-brand', brandColor],
    ['--ws-brand-strong', strong],
    ['--ws-accent', accentColor],
    ['--utrecht-link-color', linkColor],
    ['--utrecht-link-hover-color', linkColor],
    ['--utrecht-link-visited-color', linkColor],
    ['--utrecht-breadcrumb-nav-link-color', linkColor],
    ['--utrecht-breadcrumb-nav-link-hover-color', linkColor],
    ['--utrecht-button-primary-action-background-color', brandColor],
    ['--utrecht-button-primary-action-border-color', brandColor],
    ['--utrecht-button-primary-action-color', '#ffffff'],
    ['--utrecht-button-primary-action-hover-background-color', strong],
    ['--utrecht-button-primary-action-hover-border-color', strong],
    ['--utrecht-button-primary-action-hover-color', '#ffffff'],
    ['--utrecht-button-primary-action-active-background-color', strong],
    ['--utrecht-button-primary-action-active-border-color', strong],
    ['--utrecht-button-primary-action-active-color', '#ffffff'],
    ['--utrecht-button-primary-action-focus-background-color', brandColor],
    ['--utrecht-button-primary-action-focus-color', '#ffffff'],
    ['--utrecht-button-secondary-action-color', linkColor],
    ['--utrecht-button-secondary-action-border-color', linkColor],
    ['--utrecht-button-secondary-action-hover-color', linkColor],
    ['--utrecht-button-secondary-action-hover-border-color', linkColor],
  ];
}
