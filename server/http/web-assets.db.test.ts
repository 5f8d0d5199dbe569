import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestContext } from '../../test/support/test-app.ts';

// The built web app as the production build leaves it: fingerprinted assets with .br and .gz beside them.
const SCRIPT = `console.log(${JSON.stringify('Wakkere Stad '.repeat(200))});\n`;
let t: TestContext;
let webRoot: string;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'ws-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Wakkere Stad</title>');
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const asset = join(webRoot, 'assets', 'index-Ab12Cd34.js');
  writeFileSync(asset, SCRIPT);
  writeFileSync(`${asset}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${asset}.gz`, gzipSync(SCRIPT));
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

describe('the built web app', () => {
  test('the API reference is a page of the web app; an unknown API path stays a problem', async () => {
    const page = await get('/api-docs', { accept: 'text/html' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Wakkere Stad</title>');
    const api = await get('/api/v1/nothing-here', { accept: 'text/html' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  test('the home page, the app’s own paths and folders are the page; a file that is not there is a 404', async () => {
    for (const url of ['/', '/gebieden', '/assets', '/assets/']) {
      const page = await get(url, { accept: 'text/html' });
      expect({ url, status: page.statusCode }).toEqual({ url, status: 200 });
      expect(page.body).toContain('<title>Wakkere Stad</title>');
    }
    const missing = await get('/assets/gone-Zz99.js', { accept: '*/*' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await get('/favicon.svg')).headers['content-type']).toContain('image/svg+xml');
  });

  test('a fingerprinted asset goes out brotli-compressed as built, and caches keep it for a year', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  test('gzip for a browser without brotli, and the plain file for a client that asks for neither', async () => {
    const gzipped = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  test('files without a fingerprint are checked again on every use', async () => {
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('no-cache');
    const page = await get('/buurten', { accept: 'text/html' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Wakkere Stad</title>');
  });
});
