import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, test } from 'vitest';
import type { DataVersions } from './data-versions.ts';
import { registerListCache } from './list-cache.ts';

// The list cache's own rules on a bare Fastify with a counting handler; list-cache.db.test.ts shows
// it never stale through the real app on both databases.

let app: FastifyInstance;
afterEach(async () => app?.close());

function setUp(options: { maxEntries?: number; versions?: () => Promise<DataVersions> } = {}) {
  let version = 1;
  const built: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  app = Fastify();
  registerListCache(app, {
    versions: options.versions ?? (async () => ({ areas: version, initiatives: 0, budgeting: 0, monitor: 0 })),
    now: () => new Date(),
    ...(options.maxEntries ? { maxEntries: options.maxEntries } : {}),
  });
  app.get('/list', {
    config: { publicList: { reads: ['areas'] } },
    handler: async (request, reply) => {
      const page = (request.query as { page?: string }).page ?? '1';
      built.push(page);
      await gate;
      if (page === 'missing') return reply.code(404).send({ detail: 'no such page' });
      return { page, version };
    },
  });
  return {
    built,
    write: () => (version += 1),
    hold: () => {
      let open = () => {};
      gate = new Promise((resolve) => (open = resolve));
      return () => open();
    },
  };
}

const get = (url: string) => app.inject({ url });

describe('list cache', () => {
  test('a page is built once and then answered from memory until its version changes', async () => {
    const { built, write } = setUp();
    expect((await get('/list?page=1')).json()).toEqual({ page: '1', version: 1 });
    expect((await get('/list?page=1')).json()).toEqual({ page: '1', version: 1 });
    expect(built).toEqual(['1']);
    write();
    expect((await get('/list?page=1')).json()).toEqual({ page: '1', version: 2 });
    expect(built).toEqual(['1', '1']);
  });

  test('concurrent requests for a page that is not kept wait for one build', async () => {
    const { built, hold } = setUp();
    const open = hold();
    const answers = Promise.all(Array.from({ length: 5 }, () => get('/list?page=2')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    open();
    const bodies = (await answers).map((answer) => answer.body);
    expect(new Set(bodies).size).toBe(1);
    expect(built).toEqual(['2']);
  });

  test('the least recently used page goes first when the cache is full', async () => {
    const { built } = setUp({ maxEntries: 2 });
    await get('/list?page=a');
    await get('/list?page=b');
    await get('/list?page=a'); // a is used again; b is now the least recently used
    await get('/list?page=c'); // evicts b
    await get('/list?page=a');
    await get('/list?page=b');
    expect(built).toEqual(['a', 'b', 'c', 'b']);
  });

  test('an answer other than 200 is never kept', async () => {
    const { built } = setUp();
    expect((await get('/list?page=missing')).statusCode).toBe(404);
    expect((await get('/list?page=missing')).statusCode).toBe(404);
    expect(built).toEqual(['missing', 'missing']);
  });

  test('when the versions cannot be read, every request is answered afresh, without an ETag', async () => {
    const { built } = setUp({
      versions: async () => {
        throw new Error('database down');
      },
    });
    const first = await get('/list?page=1');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toBeUndefined();
    await get('/list?page=1');
    expect(built).toEqual(['1', '1']);
  });
});
