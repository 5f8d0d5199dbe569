import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastFailures } from './contrast.ts';
import { resolveToken, tokenPairs, tokensFromFile } from './design-tokens.ts';

describe('design tokens from a tokens file', () => {
  test('Style Dictionary and W3C leaves become custom properties named by their path; references become var()', () => {
    const { tokens, problems } = tokensFromFile({
      utrecht: {
        color: { blue: { 40: { value: '#01689b', type: 'color', comment: 'Rijksblauw' } } },
        link: { color: { value: '{utrecht.color.blue.40}' } },
        document: { 'font-size': { $value: 18, $type: 'dimension' } },
      },
      $description: 'ignored',
    });
    expect(problems).toEqual([]);
    expect(tokens).toEqual([
      ['--utrecht-color-blue-40', '#01689b'],
      ['--utrecht-link-color', 'var(--utrecht-color-blue-40)'],
      ['--utrecht-document-font-size', '18'],
    ]);
    expect(resolveToken(new Map(tokens), '--utrecht-link-color')).toBe('#01689b');
  });

  test.each([
    ['red; } body { display: none'],
    ['url(https://tracker.example/x.png)'],
    ['</style><script>alert(1)</script>'],
    ['a /* comment */'],
    ['\\61'],
  ])('a value that is no plain CSS value is refused: %s', (value) => {
    const { tokens, problems } = tokensFromFile({ x: { y: { value } } });
    expect(tokens).toEqual([]);
    expect(problems).toEqual([{ name: 'x.y', reason: 'Not a plain CSS value' }]);
  });

  test('a name that could break out of the property is refused', () => {
    const { problems } = tokensFromFile({ 'a:b': { value: 'red' }, c: { 'd e': 'red' } });
    expect(problems.map((p) => p.name)).toEqual(['a:b', 'c.d e']);
  });

  test.each(['tokens.json', 'index.tokens.json'])(
    'the Utrecht design-tokens package reads without problems (%s)',
    (file) => {
      const json = readFileSync(
        new URL(`../../../node_modules/@utrecht/design-tokens/dist/${file}`, import.meta.url),
        'utf8',
      );
      const { tokens, problems } = tokensFromFile(JSON.parse(json) as Record<string, unknown>);
      // A few are left out, each named: a background image (url()) and keys with dots in them.
      expect(problems.length).toBeLessThan(10);
      expect(problems).toContainEqual({
        name: 'utrecht.page-footer.background-image',
        reason: 'Not a plain CSS value',
      });
      expect(tokens.length).toBeGreaterThan(1000);
      expect(contrastFailures(tokenPairs(tokens))).toEqual([]);
    },
  );

  test('pairs of text on a background are checked, following references, with a white page by default', () => {
    const { tokens } = tokensFromFile({
      utrecht: {
        color: { grey: { value: '#999999' } },
        link: { color: { value: '{utrecht.color.grey}' } },
        button: {
          'primary-action': { color: { value: '#ffffff' }, 'background-color': { value: '#01689b' } },
        },
      },
    });
    const failures = contrastFailures(tokenPairs(tokens));
    expect(failures.map((f) => f.name)).toEqual(['tokens.utrecht-link-color']);
  });
});
