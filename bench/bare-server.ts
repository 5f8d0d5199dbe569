import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

// The baseline of bench/api-city.bench.ts (not a bench itself): a bare Fastify server that answers
// each path with the very bytes Wakkere Stad answered it with (BARE_BODIES: a JSON file of path →
// body), as JSON, and nothing else: no hooks, no headers of its own, no logging.
const bodies = new Map(Object.entries(JSON.parse(readFileSync(process.env.BARE_BODIES ?? '', 'utf8')) as object));
const app = Fastify({ logger: false });
app.get('/*', (request, reply) => {
  const body = bodies.get(request.url);
  if (body === undefined) return reply.code(404).send();
  return reply.type('application/json; charset=utf-8').send(body);
});
process.on('message', (message) => {
  if (message === 'stop') void app.close().then(() => process.exit(0));
});
process.send?.({ type: 'listening', address: await app.listen({ port: 0, host: '127.0.0.1' }) });
