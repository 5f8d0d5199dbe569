import { describe, expect, test } from 'vitest';
import { themeCss } from './theme-css.ts';

const colours = { brandColor: '#17503f', accentColor: '#f5b82e', linkColor: '#0d6650' };

describe('the identity’s stylesheet', () => {
  test('no identity: no rules, so web/app/theme.css decides', () => {
    expect(themeCss(undefined, [])).not.toContain('{');
  });

  test('the colours go on the theme’s variables and the components’ (buttons, links)', () => {
    const css = themeCss(colours, []);
    expect(css).toContain('.utrecht-theme.utrecht-theme {');
    expect(css).toContain('--ws-brand: #17503f;');
    expect(css).toContain('--utrecht-button-primary-action-background-color: #17503f;');
    expect(css).toContain('--utrecht-link-color: #0d6650;');
  });

  test('a component colour a tokens file sets is the file’s, not overwritten by the default colours', () => {
    const css = themeCss(colours, [['--utrecht-link-color', '#01689b']]);
    expect(css).toContain('--utrecht-link-color: #01689b;');
    expect(css).not.toContain('--utrecht-link-color: #0d6650;');
    expect(css).toContain('--ws-brand: #17503f;');
  });
});
