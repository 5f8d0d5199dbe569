import * as z from 'zod';

/**
 * Names people read as who or what something is: a resident's display name, the name of a resident
 * who is not online, an organisation, the title of an initiative, a help request or a budget
 * proposal. They are shown beside each other, so they must not be able to look like something
 * they are not. One rule for all, used by the server and by the web forms:
 *
 * - normalised: Unicode NFC (so "é" is one code point however it was typed), every run of spaces
 *   of any kind (no-break, thin, ideographic …) becomes one ordinary space, and the ends are trimmed;
 * - refused: anything that draws nothing or changes how the text around it is drawn.
 */
const INVISIBLE = new RegExp(
  [
    '[',
    '\\p{Cc}', // controls: NUL, tab, newline, escape, DEL, C1 controls …
    '\\p{Cf}', // format: bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), marks
    //            U+200E/200F/061C, zero-width space and joiners (U+200B–200D), word joiner U+2060,
    //            BOM U+FEFF, soft hyphen U+00AD, Mongolian vowel separator U+180E, tags U+E0000–E007F …
    '\\p{Zl}\\p{Zp}', // line and paragraph separators U+2028, U+2029
    '\\p{Co}\\p{Cn}\\p{Cs}', // private use, unassigned, lone surrogates: no agreed glyph
    '\\u115F\\u1160\\u3164\\uFFA0', // Hangul fillers, drawn as blanks
    '\\u2800', // braille blank
    ']',
    // Marks that draw nothing: combining grapheme joiner, Khmer inherent vowels.
    '|\\u034F|\\u17B4|\\u17B5',
    // Variation selectors: Mongolian and the supplement never; U+FE00–FE0F only as one right after
    // something it can vary, as in "❤️" (a run of them can carry hidden data).
    '|(?![\\uFE00-\\uFE0F])\\p{Variation_Selector}',
    '|(?:^|\\p{Variation_Selector})\\p{Variation_Selector}',
  ].join(''),
  'u',
);

export const INVISIBLE_CHARACTER = 'invisible-character';

/** NFC, one ordinary space for every run of spaces, trimmed. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\p{Zs}+/gu, ' ')
    .trim();
}

/** The first invisible or control character in `value`, as "U+202E", or null when there is none. */
export function invisibleCharacterIn(value: string): string | null {
  const found = INVISIBLE.exec(value);
  if (!found) return null;
  // The offending character is the last of the match (the second of two variation selectors).
  const codePoint = [...found[0]].at(-1)?.codePointAt(0) ?? 0;
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

interface Bounds {
  min: number;
  max: number;
  /** The message when shorter than `min`. */
  tooShort?: string;
}

function nameLike({ min, max, tooShort }: Bounds) {
  return z
    .string()
    .overwrite(normaliseName)
    .min(min, tooShort)
    .max(max)
    .superRefine((value, ctx) => {
      const character = invisibleCharacterIn(value);
      if (character)
        ctx.addIssue({
          code: 'custom',
          message: `Contains an invisible or control character (${character})`,
          params: { reason: INVISIBLE_CHARACTER, character },
        });
    });
}

/** A person's name: a display name, a resident who is not online, someone added to an initiative by name. */
export const personName = (bounds: Bounds) => nameLike(bounds);

/** An account's display name, as others see it. */
export const displayName = () => personName({ min: 1, max: 80 });

/** The name of a thing people refer to: an initiative, a help request, an organisation, a proposal. */
export const titleText = (bounds: Bounds) => nameLike(bounds);
