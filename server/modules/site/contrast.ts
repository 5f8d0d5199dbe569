import Color from 'colorjs.io';
import { MIN_TEXT_CONTRAST } from '../../../contracts/site.ts';

/** The WCAG 2.1 contrast ratio of two CSS colours, or undefined when one is no colour this can read. */
export function contrastRatio(foreground: string, background: string): number | undefined {
  try {
    return Color.contrast(new Color(foreground), new Color(background), 'WCAG21');
  } catch {
    return undefined;
  }
}

/** Two colours that are read together: text (or a link) on a background. */
export interface ColourPair {
  /** The field or token that was set, as the problem's `invalidParams` name it. */
  name: string;
  foreground: string;
  background: string;
  /** What stands on what, in words, for the problem's reason (English, like every reason). */
  description: string;
}

export interface ContrastFailure {
  name: string;
  ratio: number;
  reason: string;
}

/** The pairs below WCAG AA for normal text (4.5:1); pairs of which a colour cannot be read are skipped. */
export function contrastFailures(pairs: readonly ColourPair[]): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const pair of pairs) {
    const ratio = contrastRatio(pair.foreground, pair.background);
    if (ratio === undefined || ratio >= MIN_TEXT_CONTRAST) continue;
    const rounded = Math.floor(ratio * 100) / 100;
    failures.push({
      name: pair.name,
      ratio: rounded,
      reason: `Contrast ${rounded}:1 for ${pair.description}; WCAG AA needs at least ${MIN_TEXT_CONTRAST}:1`,
    });
  }
  return failures;
}

/** The identity's own colours and what stands on them in the web app's theme (web/app/theme.css). */
export function identityPairs(colours: { brandColor: string; accentColor: string; linkColor: string }): ColourPair[] {
  return [
    {
      name: 'body.brandColor',
      foreground: '#ffffff',
      background: colours.brandColor,
      description: 'white text on the brand colour',
    },
    {
      name: 'body.accentColor',
      foreground: '#000000',
      background: colours.accentColor,
      description: 'black text on the accent colour',
    },
    {
      name: 'body.linkColor',
      foreground: colours.linkColor,
      background: '#ffffff',
      description: 'links on the white page',
    },
  ];
}
