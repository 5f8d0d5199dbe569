import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayName, INVISIBLE_CHARACTER, invisibleCharacterIn, normaliseName, titleText } from './text.ts';

const name = displayName();

describe('names are normalised', () => {
  test.each([
    ['trimmed', '  Gerda Geeft  ', 'Gerda Geeft'],
    ['NFC: e + combining acute becomes é', 'Ame\u0301lie', 'Amélie'],
    ['NFC: Å from A + ring', 'A\u030Asa', 'Åsa'],
    ['a no-break space is an ordinary space', 'Jan\u00A0de\u00A0Vries', 'Jan de Vries'],
    ['runs of spaces of any kind become one', 'Jan \u2003\u3000 de   Vries', 'Jan de Vries'],
    ['a narrow no-break space too', 'Jan\u202Fde Vries', 'Jan de Vries'],
    ['a trailing newline is trimmed, not refused', 'Gerda\n', 'Gerda'],
    ['letters of any script stay', 'Zoë Ødegård 王芳 محمد', 'Zoë Ødegård 王芳 محمد'],
    ['an emoji with its variation selector stays', 'Gerda ❤\uFE0F', 'Gerda ❤\uFE0F'],
    ['apostrophes and hyphens stay', "Jan-Willem 't Hart", "Jan-Willem 't Hart"],
  ])('%s', (_what, input, expected) => {
    expect(name.parse(input)).toBe(expected);
  });
});

describe('invisible and control characters are refused', () => {
  test.each([
    ['right-to-left override U+202E', 'Gerda\u202Etfeeg', 'U+202E'],
    ['left-to-right override U+202D', 'a\u202Db', 'U+202D'],
    ['left-to-right embedding U+202A', 'a\u202Ab', 'U+202A'],
    ['pop directional formatting U+202C', 'a\u202Cb', 'U+202C'],
    ['right-to-left isolate U+2067', 'a\u2067b', 'U+2067'],
    ['first strong isolate U+2068', 'a\u2068b', 'U+2068'],
    ['pop directional isolate U+2069', 'a\u2069b', 'U+2069'],
    ['left-to-right mark U+200E', 'a\u200Eb', 'U+200E'],
    ['right-to-left mark U+200F', 'a\u200Fb', 'U+200F'],
    ['Arabic letter mark U+061C', 'a\u061Cb', 'U+061C'],
    ['zero-width space U+200B', 'Ger\u200Bda', 'U+200B'],
    ['zero-width non-joiner U+200C', 'Ger\u200Cda', 'U+200C'],
    ['zero-width joiner U+200D', 'Ger\u200Dda', 'U+200D'],
    ['word joiner U+2060', 'Ger\u2060da', 'U+2060'],
    ['byte order mark inside U+FEFF', 'Ger\uFEFFda', 'U+FEFF'],
    ['soft hyphen U+00AD', 'Ger\u00ADda', 'U+00AD'],
    ['null U+0000', 'Ger\u0000da', 'U+0000'],
    ['newline inside U+000A', 'Gerda\nAdmin', 'U+000A'],
    ['tab inside U+0009', 'Gerda\tAdmin', 'U+0009'],
    ['escape U+001B', 'Gerda\u001B[31m', 'U+001B'],
    ['delete U+007F', 'Gerda\u007F', 'U+007F'],
    ['C1 control U+0085', 'Gerda\u0085x', 'U+0085'],
    ['line separator U+2028', 'Gerda\u2028Admin', 'U+2028'],
    ['paragraph separator U+2029', 'Gerda\u2029Admin', 'U+2029'],
    ['private use U+E000', 'Gerda\uE000', 'U+E000'],
    ['a lone surrogate', 'Gerda\uD800', 'U+D800'],
    ['tag characters', 'Gerda\u{E0041}', 'U+E0041'],
    ['combining grapheme joiner U+034F', 'Ger\u034Fda', 'U+034F'],
    ['Hangul filler U+3164', 'Gerda\u3164', 'U+3164'],
    ['Hangul choseong filler U+115F', '\u115F', 'U+115F'],
    ['halfwidth Hangul filler U+FFA0', 'a\uFFA0', 'U+FFA0'],
    ['braille blank U+2800', 'Gerda\u2800', 'U+2800'],
    ['Khmer inherent vowel U+17B4', 'a\u17B4', 'U+17B4'],
    ['Mongolian vowel separator U+180E', 'a\u180Eb', 'U+180E'],
    ['Mongolian free variation selector U+180B', 'a\u180Bb', 'U+180B'],
    ['a variation selector on nothing', '\uFE0FGerda', 'U+FE0F'],
    ['variation selectors in a row (hidden data)', 'Gerda\u2764\uFE0F\uFE01\uFE02', 'U+FE01'],
    ['variation selectors supplement', 'Gerda\u{E0100}', 'U+E0100'],
  ])('%s', (_what, input, character) => {
    expect(invisibleCharacterIn(normaliseName(input))).toBe(character);
    const result = name.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({
        code: 'custom',
        message: `Contains an invisible or control character (${character})`,
        params: { reason: INVISIBLE_CHARACTER, character },
      }),
    );
  });

  test('a name of only spaces is empty after trimming', () => {
    expect(name.safeParse('\u00A0 \u3000').success).toBe(false);
  });

  test('lengths are counted after normalising', () => {
    expect(titleText({ min: 3, max: 5 }).safeParse(' a\u00A0\u00A0b ').success).toBe(true);
    expect(titleText({ min: 3, max: 5 }).parse(' a\u00A0\u00A0b ')).toBe('a b');
    expect(
      titleText({ min: 3, max: 5, tooShort: 'At least 3 characters' }).safeParse('ab').error?.issues[0],
    ).toMatchObject({ message: 'At least 3 characters' });
  });
});

describe('properties', () => {
  test('whatever is accepted is normalised, stable, and free of invisible characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (input) => {
        const result = name.safeParse(input);
        if (!result.success) return;
        const value = result.data;
        expect(value).toBe(value.normalize('NFC'));
        expect(value).toBe(value.trim());
        expect(invisibleCharacterIn(value)).toBeNull();
        expect(name.parse(value)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  test('a bidi override or zero-width character anywhere is refused', () => {
    const hidden = fc.constantFrom(
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200B',
      '\u200C',
      '\u200D',
      '\uFEFF',
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        hidden,
        fc.string({ minLength: 1, maxLength: 20 }),
        (before, character, after) => {
          expect(name.safeParse(`x${before}${character}${after}x`).success).toBe(false);
        },
      ),
    );
  });
});
