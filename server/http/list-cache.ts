import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DataVersions } from './data-versions.ts';
import type { DataDomain } from './data-versions.tables.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A public list answered from the list cache (see `registerListCache`). */
    publicList?: PublicList;
  }
}

export interface PublicList {
  /** The domains the body is built from: a write to any of their tables makes a kept page stale. */
  reads: readonly DataDomain[];
  /** False for a query whose answer depends on the caller (e.g. `mine`): answered afresh, without an ETag. */
  cacheable?: (query: unknown) => boolean;
  /** For a body that changes with time alone (a phase that starts at a date): the next such moment. */
  changesAt?: (body: unknown, now: Date) => Date | null;
  /** True for a request answered afresh whatever its query: another representation (e.g. CSV by `Accept`). */
  bypass?: (request: FastifyRequest) => boolean;
}

export interface ListCacheOptions {
  versions: () => Promise<DataVersions>;
  now: () => Date;
  /** Bounds of the cache; the least recently used pages go first. */
  maxEntries?: number;
  maxBytes?: number;
}

interface Entry {
  stamp: string;
  body: string;
  /** The Content-Type it was sent with (JSON, GeoJSON). */
  type: string;
  etag: string;
  expiresAt: number;
  /** When it was last answered with, in hits of the whole cache: the least recently used page goes first. */
  usedAt: number;
}

/** A page being built by one request, which others asking for the same page at the same versions await. */
interface Fill {
  key: string;
  stamp: string;
  expiresAt: number;
  done: Promise<Entry | undefined>;
  finish(entry: Entry | undefined): void;
}

const kChecked = Symbol('list-cache checked');
const kFill = Symbol('list-cache fill');
type CacheRequest = FastifyRequest & { [kChecked]?: { key: string; stamp: string }; [kFill]?: Fill };

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Public lists from memory, never stale. A route declares `config.publicList`; its page is kept
 * under the route, its parameters and its validated query (defaults applied, keys sorted), with
 * the data versions of the domains it reads, taken before the page was built. Every request reads
 * the versions afresh (http/data-versions.ts: a one-row table, one read shared by the requests of
 * the same moment, on any instance) and gets the kept page only while they are unchanged — the
 * database bumps them in the same transaction as every write to those tables.
 *
 * The key leaves out the caller (routes exclude the queries whose answer depends on it) and the
 * language (lists carry data; the web app words it). A request URL seen before is recognised right
 * after the access check, before the query is validated again. Answers carry a content ETag and
 * `Cache-Control: no-cache`; a matching If-None-Match gets 304. Concurrent misses for one page wait
 * for the first to build it.
 */
export function registerListCache(app: FastifyInstance, options: ListCacheOptions): void {
  const maxEntries = options.maxEntries ?? 2_000;
  const maxBytes = options.maxBytes ?? 32 * 2 ** 20;
  const entries = new Map<string, Entry>();
  /** Request URL → key, for URLs whose query validated before (at most twice as many as pages). */
  const keysByUrl = new Map<string, string>();
  const fills = new Map<string, Fill>();
  let bytes = 0;
  let uses = 0;

  function keep(key: string, entry: Entry): void {
    bytes += entry.body.length - (entries.get(key)?.body.length ?? 0);
    entries.set(key, entry);
    // Evicting scans the cache, but only a full one and only when a page is built; a hit just counts.
    while (entries.size > maxEntries || bytes > maxBytes) {
      let oldest: [string, Entry] | undefined;
      for (const candidate of entries) if (!oldest || candidate[1].usedAt < oldest[1].usedAt) oldest = candidate;
      if (!oldest) break;
      entries.delete(oldest[0]);
      bytes -= oldest[1].body.length;
    }
  }

  function remember(url: string, key: string): void {
    if (keysByUrl.has(url)) return;
    keysByUrl.set(url, key);
    if (keysByUrl.size > 2 * maxEntries) keysByUrl.delete(keysByUrl.keys().next().value as string);
  }

  /** The kept page when it is still current. */
  function current(key: string, stamp: string): Entry | undefined {
    const entry = entries.get(key);
    if (!entry || entry.stamp !== stamp) return undefined;
    if (entry.expiresAt !== Infinity && options.now().getTime() >= entry.expiresAt) return undefined;
    entry.usedAt = ++uses;
    return entry;
  }

  async function stampOf(request: FastifyRequest, list: PublicList): Promise<string | undefined> {
    try {
      const versions = await options.versions();
      return list.reads.map((domain) => versions[domain]).join('.');
    } catch (error) {
      request.log.warn({ err: error }, 'list cache: data versions unreadable; answering without the cache');
      return undefined;
    }
  }

  /** onRequest, after the access check: a URL seen before needs no parsing to be answered. */
  async function answerKnown(request: CacheRequest, reply: FastifyReply) {
    const list = request.routeOptions.config.publicList;
    const key = keysByUrl.get(request.url);
    if (!list || key === undefined || request.method !== 'GET' || list.bypass?.(request)) return;
    const stamp = await stampOf(request, list);
    if (stamp === undefined) return;
    const entry = current(key, stamp);
    if (entry) return sendEntry(request, reply, entry);
    request[kChecked] = { key, stamp };
  }

  /** preHandler, with the query validated: the kept page, the page another request is building, or build it. */
  async function answerOrBuild(request: CacheRequest, reply: FastifyReply) {
    const list = request.routeOptions.config.publicList;
    // HEAD (Fastify's automatic twin of each GET) is answered as before: it carries no body to keep.
    if (!list || request.method !== 'GET' || list.bypass?.(request)) return;
    if (list.cacheable && !list.cacheable(request.query)) return;
    let checked = request[kChecked];
    if (!checked) {
      const key = `${request.routeOptions.url ?? ''}?${canonical(request.params)}${canonical(request.query)}`;
      const stamp = await stampOf(request, list);
      if (stamp === undefined) return;
      remember(request.url, key);
      const entry = current(key, stamp);
      if (entry) return sendEntry(request, reply, entry);
      checked = { key, stamp };
    }
    const { key, stamp } = checked;
    const pending = fills.get(key);
    if (pending?.stamp === stamp) {
      const built = await pending.done;
      if (built && current(key, stamp) === built) return sendEntry(request, reply, built);
      if (fills.get(key)?.stamp === stamp) return; // another request builds it now; this one answers uncached
    }
    let finish: Fill['finish'] = () => {};
    const done = new Promise<Entry | undefined>((resolve) => (finish = resolve));
    const fill: Fill = { key, stamp, expiresAt: Infinity, done, finish };
    fills.set(key, fill);
    request[kFill] = fill;
  }

  async function noteExpiry(request: CacheRequest, _reply: FastifyReply, payload: unknown) {
    const fill = request[kFill];
    const changesAt = request.routeOptions.config.publicList?.changesAt;
    if (fill && changesAt) fill.expiresAt = changesAt(payload, options.now())?.getTime() ?? Infinity;
    return payload;
  }

  async function keepAnswer(request: CacheRequest, reply: FastifyReply, payload: unknown) {
    const fill = request[kFill];
    if (!fill) return payload;
    request[kFill] = undefined;
    let entry: Entry | undefined;
    if (reply.statusCode === 200 && typeof payload === 'string') {
      const type = reply.getHeader('content-type');
      entry = {
        stamp: fill.stamp,
        body: payload,
        type: typeof type === 'string' ? type : JSON_TYPE,
        etag: etagOf(payload),
        expiresAt: fill.expiresAt,
        usedAt: ++uses,
      };
      // A build begun later, at other versions, took over the key: this page is the older one.
      if (fills.get(fill.key) === fill) keep(fill.key, entry);
      reply.header('etag', entry.etag).header('cache-control', 'no-cache');
    }
    settle(fill, entry);
    if (entry && matches(request.headers['if-none-match'], entry.etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  }

  /** A request that ends without onSend (the client went away) must not leave others waiting. */
  async function release(request: CacheRequest) {
    const fill = request[kFill];
    if (fill) settle(fill, undefined);
  }

  function settle(fill: Fill, entry: Entry | undefined): void {
    if (fills.get(fill.key) === fill) fills.delete(fill.key);
    fill.finish(entry);
  }

  // Only on the routes that declare a public list, so that no other request pays for the hooks.
  app.addHook('onRoute', (route) => {
    if (!route.config?.publicList) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((method) => method !== 'GET' && method !== 'HEAD'))
      throw new Error(`${String(route.method)} ${route.url}: only GET routes can be public lists`);
    route.onRequest = [...asArray(route.onRequest), answerKnown];
    route.preHandler = [...asArray(route.preHandler), answerOrBuild];
    route.preSerialization = [...asArray(route.preSerialization), noteExpiry];
    route.onSend = [...asArray(route.onSend), keepAnswer];
    route.onResponse = [...asArray(route.onResponse), release];
    route.onRequestAbort = [...asArray(route.onRequestAbort), release];
  });
}

function asArray<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}

function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
  reply.header('etag', entry.etag).header('cache-control', 'no-cache');
  if (matches(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
  return reply.type(entry.type).send(entry.body);
}

/** A strong validator from the bytes: the same page has the same ETag on every instance. */
function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** If-None-Match holds a list of ETags (weak ones compare too, RFC 9110 13.1.2) or `*`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Keys sorted and undefined left out, so equal queries give equal keys whatever their order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const object = value as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => [key, object[key]]),
  );
}
