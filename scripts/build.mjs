// The production build, in plain Node (it needs no transpiler itself):
//
//   server  esbuild bundles server/main.ts, server/cli/main.ts and the budget-count worker into
//           dist/server/ (main.js, cli.js, count.worker.js and shared chunks, all side by side);
//           packages from node_modules are bundled as well, except native addons and pino.
//   web     vite builds web/ into dist/web.
//
// Each part is built only when its inputs changed since its last build: dist/build-stamp.json
// keeps a fingerprint (path, size, mtime) of the input files per part. `npm start` and
// `npm run cli` call ensureBuilt() before they load dist/server; `npm run build` builds what
// changed, `npm run build -- --force` everything. `node scripts/build.mjs server` or `… web`
// builds one part.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, 'build-stamp.json');
const LOCK = join(DIST, '.build-lock');
const SERVER_OUT = join(DIST, 'server');

/** Inputs are files and folders relative to the repository; tests, dotfiles and editor backups do not count. */
const PARTS = {
  server: {
    inputs: ['server', 'contracts', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'],
    outputs: ['dist/server/main.js', 'dist/server/cli.js', 'dist/server/count.worker.js'],
    build: buildServer,
  },
  web: {
    inputs: ['web', 'contracts', 'package.json', 'package-lock.json', 'tsconfig.json'],
    outputs: ['dist/web/index.html'],
    build: buildWeb,
  },
};

export const PART_NAMES = /** @type {Array<keyof typeof PARTS>} */ (Object.keys(PARTS));

function ignored(name) {
  return name.startsWith('.') || name.endsWith('~') || /\.test\.tsx?$/.test(name) || name === 'node_modules';
}

/** Every input file with its size and mtime, in a stable order: cheap (a few ms for ~300 files). */
function fingerprint(part) {
  const hash = createHash('sha1');
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      hash.update(`missing ${relative(ROOT, path)}\n`);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!ignored(entry)) visit(join(path, entry));
    } else {
      hash.update(`${relative(ROOT, path)} ${stat.size} ${stat.mtimeMs}\n`);
    }
  };
  for (const input of PARTS[part].inputs) visit(join(ROOT, input));
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return {};
  }
}

function writeStamp(stamp) {
  const temporary = `${STAMP}.${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(stamp, null, 2)}\n`);
  renameSync(temporary, STAMP);
}

function isUpToDate(part, print, stamp) {
  return stamp[part]?.fingerprint === print && PARTS[part].outputs.every((output) => existsSync(join(ROOT, output)));
}

/** One build at a time across processes (`npm start` and `npm run cli` side by side): a lock file with the pid. */
async function withLock(work) {
  mkdirSync(DIST, { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = 0;
      try {
        holder = Number(readFileSync(LOCK, 'utf8'));
      } catch {
        continue; // released meanwhile
      }
      // A pid still being written reads as 0; give it a moment before calling the lock abandoned.
      if ((holder > 0 && !isAlive(holder)) || Date.now() > deadline) rmSync(LOCK, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Builds the given parts that changed since their last build (all of them with force) and prints
 * one line per part through `log`; `quiet` leaves out the "up to date" lines.
 */
export async function ensureBuilt(parts = PART_NAMES, { force = false, log = console.log, quiet = false } = {}) {
  const stale = parts.filter((part) => force || !isUpToDate(part, fingerprint(part), readStamp()));
  const upToDate = (part, note = '') => {
    if (!quiet) log(`${part}: up to date${note}`);
  };
  if (stale.length === 0) return parts.forEach((part) => upToDate(part));
  await withLock(async () => {
    for (const part of parts) {
      if (!stale.includes(part)) {
        upToDate(part);
        continue;
      }
      // Taken before building: a file saved during the build makes the next run build again.
      const print = fingerprint(part);
      if (!force && isUpToDate(part, print, readStamp())) {
        upToDate(part, ' (built by another process)');
        continue;
      }
      const started = performance.now();
      const extra = await PARTS[part].build(readStamp()[part]);
      writeStamp({ ...readStamp(), [part]: { fingerprint: print, builtAt: new Date().toISOString(), ...extra } });
      log(`${part}: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  });
}

/**
 * Packages that a bundled package requires when it loads but that this server never calls. Each
 * gets a stand-in in the bundle that requires the real package from node_modules when first called,
 * so start-up neither compiles nor runs it, and behaviour stays the same if it ever is called:
 * - yaml (250 KB): @fastify/swagger writes YAML with it; we only serve the JSON document.
 * - @fastify/ajv-compiler and @fastify/fast-json-stringify-compiler (ajv, fast-json-stringify,
 *   600 KB): Fastify's default compilers, made with every Fastify instance and replaced at once by
 *   zod's (app.ts, setValidatorCompiler / setSerializerCompiler). Each is a factory whose result
 *   builds a compiler; the stand-in makes the real factory's result on its first call.
 */
const LAZY_REQUIRES = {
  yaml: {
    importer: /[\\/]node_modules[\\/]@fastify[\\/]swagger[\\/]/,
    contents: [
      'let real;',
      "const load = () => (real ??= require('yaml'));",
      'exports.parse = (...args) => load().parse(...args);',
      'exports.stringify = (...args) => load().stringify(...args);',
    ],
  },
  ...Object.fromEntries(
    ['@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler'].map((name) => [
      name,
      {
        importer: /[\\/]node_modules[\\/]fastify[\\/]lib[\\/]schema-controller\.js$/,
        contents: [
          'module.exports = function lazySelector() {',
          '  let real;',
          `  return (...args) => (real ??= require(${JSON.stringify(name)})())(...args);`,
          '};',
        ],
      },
    ]),
  ),
};

const lazyRequires = {
  name: 'lazy-requires',
  setup(build) {
    build.onResolve({ filter: /^(yaml|@fastify\/ajv-compiler|@fastify\/fast-json-stringify-compiler)$/ }, (args) => {
      if (args.namespace === 'lazy-require') return { path: args.path, external: true };
      if (LAZY_REQUIRES[args.path]?.importer.test(args.importer)) return { path: args.path, namespace: 'lazy-require' };
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-require' }, (args) => ({
      contents: LAZY_REQUIRES[args.path].contents.join('\n'),
      loader: 'js',
    }));
  },
};

async function buildServer(previous) {
  const esbuild = await import('esbuild');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      // All output side by side in dist/server, so that the code can find count.worker.js next to itself.
      entryPoints: {
        main: 'server/main.ts',
        cli: 'server/cli/main.ts',
        'count.worker': 'server/modules/budgeting/results/count.worker.ts',
      },
      outdir: SERVER_OUT,
      bundle: true,
      // Code shared by the entry points lands in chunks once, and import() in the CLI stays lazy.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages are bundled too: loading and resolving ~1,000 files of node_modules one by one was a
      // third of start-up. Left as imports: native addons (their .node files sit beside their code),
      // pg's optional native binding, and pino (its transports start workers from files on disk).
      external: ['better-sqlite3', 'argon2', 'sharp', 'pg-native', 'pino', 'thread-stream'],
      // Bundled CommonJS packages call require() for Node's built-ins; in an ES module it must be made.
      banner: {
        js: "import { createRequire as __wakkereStadRequire } from 'node:module'; const require = __wakkereStadRequire(import.meta.url);",
      },
      // Whitespace and syntax minified, names kept: a third less code to read, compile and (with
      // --enable-source-maps) measure line by line at start-up; stack traces keep the functions' names.
      minifyWhitespace: true,
      minifySyntax: true,
      // For stack traces (npm start enables them); the sources stay in server/, which keeps the maps small.
      sourcemap: true,
      sourcesContent: false,
      metafile: true,
      logLevel: 'warning',
      define: { 'process.env.WAKKERE_STAD_VERSION': JSON.stringify(version) },
      plugins: [lazyRequires],
    });
    const outputs = Object.keys(result.metafile.outputs).map((file) => relative(SERVER_OUT, join(ROOT, file)));
    removeStaleOutputs(new Set([...outputs, ...(previous?.outputs ?? [])]));
    return { outputs };
  } catch (error) {
    // esbuild has printed the errors with their source lines already.
    if (Array.isArray(error?.errors)) throw new Error('server: the build failed (esbuild errors above)');
    throw error;
  } finally {
    await esbuild.stop();
  }
}

/**
 * Chunks have content hashes in their names, so every build leaves new ones. The outputs of this
 * and the previous build stay: a server started before this build may still load its lazy chunks.
 */
function removeStaleOutputs(keep) {
  for (const file of readdirSync(SERVER_OUT))
    if (!keep.has(file) && /\.js(\.map)?$/.test(file)) rmSync(join(SERVER_OUT, file), { force: true });
}

async function buildWeb() {
  const { spawnSync } = await import('node:child_process');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Always React's production build, also when started from a test run (NODE_ENV=test) or a shell
    // with NODE_ENV=development: the build stamp does not look at the environment.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0)
    throw new Error(`web: the build failed (vite build, exit code ${result.status ?? result.signal})`);
  precompress(join(ROOT, 'dist', 'web', 'assets'));
  return {};
}

/**
 * Brotli and gzip copies of every fingerprinted text asset, made once at build time so the server
 * sends them as they are (@fastify/static `preCompressed`) instead of compressing per request.
 */
function precompress(dir) {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) {
    if (!/\.(js|css|svg|json|txt)$/.test(file)) continue; // fonts and images are compressed already
    const path = join(dir, file);
    const raw = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
  }
}

/** ensureBuilt for the launchers: a failed build prints its reason and exits 1. */
export async function buildOrExit(parts, options) {
  try {
    await ensureBuilt(parts, options);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const unknown = named.filter((name) => !PART_NAMES.includes(name));
  if (unknown.length > 0) {
    console.error(`unknown part(s): ${unknown.join(', ')}; choose from ${PART_NAMES.join(', ')}`);
    process.exit(2);
  }
  await buildOrExit(named.length > 0 ? named : PART_NAMES, { force });
}
