import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A production build of the web app into `outDir`, for measuring it. NODE_ENV must say production
 * while Vite bundles (under vitest it says "test", which would bundle React's development build).
 */
export async function buildWebInto(outDir) {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      mode: 'production',
      configFile: new URL('../web/vite.config.ts', import.meta.url).pathname,
      logLevel: 'silent',
      build: { outDir },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** What a first visit to the home page downloads: the scripts and stylesheets index.html names. */
// In kB of 1,000 bytes, the stricter reading of issue 15's "150 KB" and "40 KB".
export const BUDGET = { jsBrotli: 150_000, cssBrotli: 40_000 };

export function firstLoad(webDir) {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(webDir, file));
    return {
      file,
      kind: file.endsWith('.css') ? 'css' : 'js',
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (kind, key) => sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s[key], 0);
  return {
    files: sizes,
    js: { raw: total('js', 'raw'), gzip: total('js', 'gzip'), brotli: total('js', 'brotli') },
    css: { raw: total('css', 'raw'), gzip: total('css', 'gzip'), brotli: total('css', 'brotli') },
  };
}
