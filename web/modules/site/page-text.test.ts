import { describe, expect, test } from 'vitest';
import { parsePageText, safeHref } from './page-text.ts';

describe('the footer pages’ text', () => {
  test('paragraphs, headings, lists and links', () => {
    const blocks = parsePageText(
      'Eerste regel\ntweede regel.\n\n## Uw rechten\n- Inzien\n- Wissen via [Mijn account](/mijn-account)\n\nMeer op [de site](https://www.digitoegankelijk.nl).',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Eerste regel tweede regel.' }] },
      { kind: 'heading', inlines: [{ kind: 'text', text: 'Uw rechten' }] },
      {
        kind: 'list',
        items: [
          [{ kind: 'text', text: 'Inzien' }],
          [
            { kind: 'text', text: 'Wissen via ' },
            { kind: 'link', text: 'Mijn account', href: '/mijn-account' },
          ],
        ],
      },
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Meer op ' },
          { kind: 'link', text: 'de site', href: 'https://www.digitoegankelijk.nl' },
          { kind: 'text', text: '.' },
        ],
      },
    ]);
  });

  test('HTML stays text; links that could run script stay text', () => {
    expect(parsePageText('<script>alert(1)</script> [klik](javascript:alert(1))')).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: '<script>alert(1)</script> [klik](javascript:alert(1))' }] },
    ]);
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('mailto:info@wakkerdam.example')).toBe('mailto:info@wakkerdam.example');
  });
});
