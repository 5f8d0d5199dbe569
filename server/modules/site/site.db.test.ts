import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SiteIdentity, SitePage } from '../../../contracts/site.ts';
import {
  closeTestApp,
  createWorld,
  startInitiative,
  verifiedResident,
  type World,
} from '../../../test/support/initiatives.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { WAKKERDAM_COLOURS, WAKKERDAM_LOGO_SVG } from './demo/wakkerdam-logo.ts';
import { DEFAULT_IDENTITY, DEFAULT_PAGES } from './site-defaults.ts';

const INDEX_HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta name="description" content="Wakkere Stad" />
    <title>Wakkere Stad</title>
  </head>
  <body><span class="ws-logo__text">Wakkere Stad</span><div id="root"></div></body>
</html>
`;

let t: TestContext;
let world: World;
let webRoot: string;
let admin: TestClient;
let districtAdmin: TestClient;
let resident: TestClient;
let anonymous: TestClient;

const identity = {
  name: 'Gemeente Wakkerdam',
  ...WAKKERDAM_COLOURS,
};

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'ws-web-'));
  writeFileSync(join(webRoot, 'index.html'), INDEX_HTML);
  t = await createTestApp({ webRoot, publicUrl: 'https://wakkerdam.example', demoCredentials: true });
  world = await createWorld(t);
  admin = await signUp(t, { roles: [{ role: 'administrator' }] });
  districtAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: world.idOf('WK036201') }] });
  resident = await signUp(t);
  anonymous = new TestClient(t.app);
});
afterAll(async () => {
  await closeTestApp(t);
  rmSync(webRoot, { recursive: true, force: true });
});

const page = (client: TestClient, path: string) => client.request('GET', path, undefined, { accept: 'text/html' });

describe('the municipality’s identity', () => {
  test('until it is set, everyone reads the platform’s own name and colours', async () => {
    const response = await anonymous.get('/api/v1/site');
    expect(response.statusCode).toBe(200);
    expect(response.json<SiteIdentity>()).toMatchObject({ ...DEFAULT_IDENTITY, logoUrl: null, updatedAt: null });
    const css = await anonymous.get('/site/theme.css');
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body).not.toContain('{');
  });

  test('only an administrator for the whole municipality changes it', async () => {
    expect((await anonymous.put('/api/v1/site', identity)).statusCode).toBe(401);
    expect((await resident.put('/api/v1/site', identity)).statusCode).toBe(403);
    expect((await districtAdmin.put('/api/v1/site', identity)).statusCode).toBe(403);
    const response = await admin.put('/api/v1/site', {
      ...identity,
      logo: { mediaType: 'image/svg+xml', data: Buffer.from(WAKKERDAM_LOGO_SVG).toString('base64') },
    });
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json<SiteIdentity>();
    expect(saved).toMatchObject({ ...identity, logoUrl: '/site/logo?v=1', themeUrl: '/site/theme.css?v=1' });
    expect((await anonymous.get('/api/v1/site')).json()).toEqual(saved);

    const log = (await admin.get('/api/v1/audit-log?action=site.identity_changed')).json();
    expect(log.items[0]).toMatchObject({
      actorId: admin.accountId,
      before: null,
      after: { name: 'Gemeente Wakkerdam', brandColor: '#17503f', logo: { mediaType: 'image/svg+xml' } },
    });
  });

  test('the stylesheet carries the colours; the logo is served as an image that can run nothing', async () => {
    const css = await anonymous.get('/site/theme.css?v=1');
    expect(css.body).toContain('--ws-brand: #17503f;');
    expect(css.body).toContain('--utrecht-link-color: #0d6650;');
    expect(css.headers['cache-control']).toContain('immutable');
    expect((await anonymous.get('/site/theme.css?v=0')).headers['cache-control']).toBe('no-cache');
    const logo = await anonymous.get('/site/logo?v=1');
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toContain('image/svg+xml');
    expect(logo.headers['content-security-policy']).toContain("default-src 'none'");
    expect(logo.body).toContain('Gemeente Wakkerdam');
    const share = await anonymous.get('/site/share-image.png?v=1');
    expect(share.headers['content-type']).toBe('image/png');
    expect(share.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  test('colours below WCAG AA are refused, each named with its ratio', async () => {
    const response = await admin.put('/api/v1/site', { ...identity, brandColor: '#7FB2E5', linkColor: '#999999' });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{
      type: string;
      invalidParams: Array<{ name: string; code: string; reason: string }>;
    }>();
    expect(problem.type).toContain('contrast-too-low');
    expect(problem.invalidParams.map((p) => [p.name, p.code])).toEqual([
      ['body.brandColor', 'contrast-too-low'],
      ['body.linkColor', 'contrast-too-low'],
    ]);
    expect(problem.invalidParams[0]!.reason).toMatch(/^Contrast \d\.\d+:1/);
  });

  test('bad input gets a problem, never a 500: no colour, a logo with a script, an unknown field', async () => {
    const notColour = await admin.put('/api/v1/site', { ...identity, brandColor: 'red' });
    expect(notColour.statusCode).toBe(400);
    const script = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const logo = await admin.put('/api/v1/site', {
      ...identity,
      logo: { mediaType: 'image/svg+xml', data: script.toString('base64') },
    });
    expect(logo.statusCode).toBe(400);
    expect(logo.json().invalidParams[0]).toMatchObject({ name: 'body.logo', code: 'logo-refused' });
    expect((await admin.put('/api/v1/site', { ...identity, html: '<b>' })).statusCode).toBe(400);
  });

  test('a design-tokens file becomes custom properties; pairs below AA are refused; it can be removed', async () => {
    const tokens = {
      utrecht: {
        color: { blue: { value: '#01689b' } },
        button: {
          'primary-action': { 'background-color': { value: '{utrecht.color.blue}' }, color: { value: '#ffffff' } },
        },
        'page-footer': { 'background-image': { value: 'url(https://tracker.example/a.png)' } },
      },
    };
    expect((await districtAdmin.put('/api/v1/site/design-tokens', { tokens })).statusCode).toBe(403);
    const set = await admin.put('/api/v1/site/design-tokens', { tokens });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      identity: { designTokens: 3, themeUrl: '/site/theme.css?v=2' },
      skipped: [{ name: 'utrecht.page-footer.background-image', reason: 'Not a plain CSS value' }],
    });
    const css = (await anonymous.get('/site/theme.css')).body;
    expect(css).toContain('--utrecht-button-primary-action-background-color: var(--utrecht-color-blue);');
    expect(css).not.toContain('tracker');

    const pale = {
      utrecht: {
        button: { 'primary-action': { 'background-color': { value: '#aaccee' }, color: { value: '#ffffff' } } },
      },
    };
    const refused = await admin.put('/api/v1/site/design-tokens', { tokens: pale });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().invalidParams[0].name).toBe('tokens.utrecht-button-primary-action-color');
    const empty = await admin.put('/api/v1/site/design-tokens', { tokens: { x: { value: 'a; b' } } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().invalidParams[0]).toMatchObject({ name: 'body.tokens', code: 'no-tokens' });

    const cleared = await admin.delete('/api/v1/site/design-tokens');
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ designTokens: 0, name: 'Gemeente Wakkerdam' });
    const log = (await admin.get('/api/v1/audit-log?action=site.design_tokens_set')).json();
    expect(log.items[0]).toMatchObject({ actorId: admin.accountId, after: { designTokens: 3 } });
  });
});

describe('footer pages', () => {
  test('each has a Dutch default text, public to read', async () => {
    for (const slug of ['privacy', 'accessibility', 'contact'] as const) {
      const response = await anonymous.get(`/api/v1/site/pages/${slug}`);
      expect(response.statusCode).toBe(200);
      expect(response.json<SitePage>()).toEqual({ slug, ...DEFAULT_PAGES[slug], updatedAt: null });
    }
    expect((await anonymous.get('/api/v1/site/pages/cookies')).statusCode).toBe(400);
  });

  test('an administrator for the municipality edits one; it is audit-logged; others may not', async () => {
    const text = {
      title: 'Privacyverklaring',
      body: 'Wij gaan zorgvuldig om met uw gegevens.\n\n<script>alert(1)</script>',
    };
    expect((await anonymous.put('/api/v1/site/pages/privacy', text)).statusCode).toBe(401);
    expect((await resident.put('/api/v1/site/pages/privacy', text)).statusCode).toBe(403);
    expect((await districtAdmin.put('/api/v1/site/pages/privacy', text)).statusCode).toBe(403);
    const saved = await admin.put('/api/v1/site/pages/privacy', text);
    expect(saved.statusCode, saved.body).toBe(200);
    // Stored as text: the web app shows it as text, never as HTML.
    expect((await anonymous.get('/api/v1/site/pages/privacy')).json()).toMatchObject({
      ...text,
      updatedAt: t.clock.now().toISOString(),
    });
    const log = (await admin.get('/api/v1/audit-log?action=site.page_changed')).json();
    expect(log.items[0]).toMatchObject({ actorId: admin.accountId, subjectId: 'privacy', after: text });
    expect((await admin.put('/api/v1/site/pages/privacy', { title: 'P', body: '' })).statusCode).toBe(400);
  });
});

describe('the HTML of a page carries its share preview', () => {
  test('a public initiative page: its title in og:title, escaped, with the site’s name and image', async () => {
    const organiser = await verifiedResident(world, world.west, 'Olga');
    const initiative = await startInitiative(world, organiser, { title: 'Moestuin "De Egel" & <vrienden>' });
    const response = await page(anonymous, `/initiatieven/${initiative.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.body;
    expect(html).toContain(
      '<meta property="og:title" content="Moestuin &quot;De Egel&quot; &amp; &lt;vrienden&gt;" />',
    );
    expect(html).toContain('<title>Moestuin &quot;De Egel&quot; &amp; &lt;vrienden&gt; | Gemeente Wakkerdam</title>');
    expect(html).toMatch(/<meta property="og:description" content="Een initiatief van bewoners in Randwijck West/);
    expect(html).toContain(
      `<meta property="og:url" content="https://wakkerdam.example/initiatieven/${initiative.id}" />`,
    );
    expect(html).toMatch(
      /<meta property="og:image" content="https:\/\/wakkerdam\.example\/site\/share-image\.png\?v=\d+" \/>/,
    );
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toContain('<span class="ws-logo__text">Gemeente Wakkerdam</span>');
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });

  test('an unknown initiative and any other page get the site’s own preview', async () => {
    const unknown = (await page(anonymous, '/initiatieven/nope')).body;
    expect(unknown).toContain('<meta property="og:title" content="Gemeente Wakkerdam" />');
    const map = (await page(anonymous, '/initiatieven/kaart')).body;
    expect(map).toContain('<meta property="og:title" content="Initiatieven op de kaart" />');
    const area = (await page(anonymous, '/gebieden/BU03620101')).body;
    expect(area).toContain('<meta property="og:title" content="Randwijck West" />');
    const malformed = await page(anonymous, '/initiatieven/%E0%A4%A');
    expect(malformed.statusCode).toBeLessThan(500);
    expect((await anonymous.get('/api/v1/nothing-here')).statusCode).toBe(404);
  });
});

describe('a fresh letter code in the demo', () => {
  test('a logged-in visitor gets one and verifies with it; anonymous visitors do not', async () => {
    expect((await anonymous.post('/api/v1/demo/letter-codes', {})).statusCode).toBe(401);
    const visitor = await signUp(t);
    const issued = await visitor.post('/api/v1/demo/letter-codes', { areaId: world.west });
    expect(issued.statusCode, issued.body).toBe(201);
    const { code, areaName } = issued.json<{ code: string; areaName: string }>();
    expect(areaName).toBe('Randwijck West');
    const redeemed = await visitor.post('/api/v1/me/verifications', { code });
    expect(redeemed.statusCode).toBe(201);
    expect(redeemed.json()).toMatchObject({ areaName: 'Randwijck West', method: 'letter_code' });
    const log = (await admin.get('/api/v1/audit-log?action=verification.demo_code_issued')).json();
    expect(log.items[0]).toMatchObject({ actorId: visitor.accountId });
    expect((await visitor.post('/api/v1/demo/letter-codes', { areaId: world.idOf('WK036201') })).statusCode).toBe(400);
  });

  test('outside demo mode there are none', async () => {
    const other = await createTestApp();
    try {
      const visitor = await signUp(other);
      expect((await visitor.post('/api/v1/demo/letter-codes', {})).statusCode).toBe(404);
    } finally {
      await closeTestApp(other);
    }
  });
});
