import type { ColourPair } from './contrast.ts';

/** One CSS custom property: `--utrecht-link-color: #01689b`. */
export type Token = readonly [name: string, value: string];

export const MAX_TOKENS = 3_000;
const MAX_VALUE_LENGTH = 500;
const SEGMENT = /^[A-Za-z0-9_-]+$/;
/** What a value may not hold: it goes into a stylesheet, so nothing that ends a declaration, opens a block or loads a file. */
const UNSAFE_VALUE = /[;{}<>\\]|\/\*|url\s*\(|@import|expression\s*\(/i;
/** A Style Dictionary reference, `{utrecht.color.blue.40}`, becomes `var(--utrecht-color-blue-40)`. */
const REFERENCE = /\{([A-Za-z0-9_.-]+)\}/g;

export interface TokenProblem {
  name: string;
  reason: string;
}

/**
 * The design tokens of a tokens file, as CSS custom properties. Accepts the formats NL Design System
 * themes publish: Style Dictionary (`{"value": …}` leaves) and W3C design tokens (`{"$value": …}`);
 * and the flat form, a plain string per token. Keys about a token (`type`, `comment`, `$extensions`…)
 * are ignored. Every value is checked
 * to be a plain CSS value; a token that is not is left out and named by its path in `problems` (a
 * published theme may hold a few, such as a background image, which the CSP would refuse anyway).
 */
export function tokensFromFile(file: Record<string, unknown>): { tokens: Token[]; problems: TokenProblem[] } {
  const tokens: Token[] = [];
  const problems: TokenProblem[] = [];
  const add = (path: readonly string[], leaf: unknown): void => {
    const value = valueOf(leaf)?.replace(REFERENCE, (_, ref: string) => `var(--${ref.replaceAll('.', '-')})`);
    if (value === undefined || value.length > MAX_VALUE_LENGTH || UNSAFE_VALUE.test(value) || value.trim() === '')
      problems.push({ name: path.join('.'), reason: 'Not a plain CSS value' });
    else tokens.push([`--${path.join('-')}`, value]);
  };
  const walk = (record: Record<string, unknown>, path: readonly string[]): void => {
    if ('value' in record || '$value' in record) return add(path, 'value' in record ? record.value : record.$value);
    for (const [key, child] of Object.entries(record)) {
      if (tokens.length > MAX_TOKENS) return;
      // `$type`, `$extensions`, `type`, `comment`…: about a token, not one; a declared token without a value is skipped.
      if (
        key.startsWith('$') ||
        METADATA.has(key) ||
        typeof child === 'boolean' ||
        Array.isArray(child) ||
        child === null
      )
        continue;
      if (!SEGMENT.test(key)) {
        problems.push({ name: [...path, key].join('.'), reason: 'A token name may hold letters, digits, - and _' });
        continue;
      }
      if (typeof child === 'object') walk(child as Record<string, unknown>, [...path, key]);
      else add([...path, key], child);
    }
  };
  walk(file, []);
  if (tokens.length > MAX_TOKENS) problems.push({ name: 'tokens', reason: `At most ${MAX_TOKENS} tokens` });
  return { tokens, problems };
}

/** Keys Style Dictionary keeps beside a token's value. */
const METADATA = new Set([
  'type',
  'comment',
  'description',
  'attributes',
  'filePath',
  'isSource',
  'original',
  'name',
  'path',
]);

function valueOf(leaf: unknown): string | undefined {
  if (typeof leaf === 'string') return leaf;
  if (typeof leaf === 'number' && Number.isFinite(leaf)) return String(leaf);
  return undefined;
}

/** A token's value with `var(--…)` references to other tokens followed (a few steps), or undefined. */
export function resolveToken(tokens: ReadonlyMap<string, string>, name: string): string | undefined {
  let value = tokens.get(name);
  for (let step = 0; value !== undefined && step < 10; step++) {
    const reference = /^var\((--[A-Za-z0-9_-]+)\)$/.exec(value.trim());
    if (!reference) return value;
    value = tokens.get(reference[1]!);
  }
  return undefined;
}

/**
 * The pairs of the Utrecht components that put text on a background, as far as the tokens set both
 * (the page is white and its text black where the tokens leave that open).
 */
const TOKEN_PAIRS: ReadonlyArray<readonly [foreground: string, background: string, description: string]> = [
  ['--utrecht-document-color', '--utrecht-document-background-color', 'text on the page'],
  ['--utrecht-link-color', '--utrecht-document-background-color', 'links on the page'],
  ['--utrecht-heading-color', '--utrecht-document-background-color', 'headings on the page'],
  [
    '--utrecht-button-primary-action-color',
    '--utrecht-button-primary-action-background-color',
    'the primary button’s text',
  ],
  [
    '--utrecht-button-secondary-action-color',
    '--utrecht-button-secondary-action-background-color',
    'the secondary button’s text',
  ],
  ['--utrecht-page-header-color', '--utrecht-page-header-background-color', 'text in the page header'],
  ['--utrecht-page-footer-color', '--utrecht-page-footer-background-color', 'text in the page footer'],
];

const PAGE_DEFAULTS: Record<string, string> = {
  '--utrecht-document-color': '#000000',
  '--utrecht-document-background-color': '#ffffff',
};

export function tokenPairs(tokens: readonly Token[]): ColourPair[] {
  const map = new Map(tokens);
  const read = (name: string) => resolveToken(map, name) ?? PAGE_DEFAULTS[name];
  const pairs: ColourPair[] = [];
  for (const [fg, bg, description] of TOKEN_PAIRS) {
    if (!map.has(fg) && !map.has(bg)) continue;
    const foreground = read(fg);
    const background = read(bg);
    if (foreground === undefined || background === undefined) continue;
    pairs.push({ name: `tokens.${(map.has(fg) ? fg : bg).slice(2)}`, foreground, background, description });
  }
  return pairs;
}
