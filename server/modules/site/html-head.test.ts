import { describe, expect, test } from 'vitest';
import { escapeHtml, jsonForScript, renderIndexHtml, type PageHead } from './html-head.ts';

const INDEX = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta
      name="description"
      content="Oud"
    />
    <title>Wakkere Stad</title>
  </head>
  <body>
    <a href="/" class="ws-logo"><svg class="ws-logo__mark" viewBox="0 0 32 32"><rect /></svg><span class="ws-logo__text">Wakkere Stad</span></a>
  </body>
</html>`;

const head: PageHead = {
  title: 'Moestuin <b>"De Egel"</b>',
  description: 'Samen & buiten',
  siteName: 'Gemeente Wakkerdam',
  url: 'https://wakkerdam.example/initiatieven/i1',
  image: 'https://wakkerdam.example/site/share-image.png?v=2',
  imageAlt: 'Logo van Gemeente Wakkerdam',
  type: 'article',
  themeHref: '/site/theme.css?v=2',
  identity: { name: '</script><script>alert(1)</script>' },
  logoSrc: '/site/logo?v=2',
};

describe('index.html for one page', () => {
  const html = renderIndexHtml(INDEX, head);

  test('title, description and the share-preview tags, escaped', () => {
    expect(html).toContain('<title>Moestuin &lt;b&gt;&quot;De Egel&quot;&lt;/b&gt; | Gemeente Wakkerdam</title>');
    expect(html).toContain('<meta property="og:title" content="Moestuin &lt;b&gt;&quot;De Egel&quot;&lt;/b&gt;" />');
    expect(html).toContain('<meta name="description" content="Samen &amp; buiten" />');
    expect(html).toContain('<meta property="og:image" content="https://wakkerdam.example/site/share-image.png?v=2" />');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toContain('<link rel="canonical" href="https://wakkerdam.example/initiatieven/i1" />');
    expect(html).not.toContain('Oud');
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });

  test('the identity for the app cannot close its script element', () => {
    expect(html).toContain('<script type="application/json" id="ws-site-identity">{"name":"\\u003c/script\\u003e');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  test('the shell shows the identity’s name and logo', () => {
    expect(html).toContain('<span class="ws-logo__text">Gemeente Wakkerdam</span>');
    expect(html).toContain('<img class="ws-logo__mark ws-logo__image" src="/site/logo?v=2" alt="" />');
    expect(html).not.toContain('<svg');
  });

  test('helpers', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(JSON.parse(jsonForScript({ a: '<&>\u2028' }))).toEqual({ a: '<&>\u2028' });
  });
});
