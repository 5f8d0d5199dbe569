import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Round } from '../../../../contracts/budgeting.ts';
import { budgetWorld, type BudgetWorld } from '../../../../test/support/budgeting.ts';
import { createTestApp, type TestContext } from '../../../../test/support/test-app.ts';
import { parsePabulib } from '../pabulib/pabulib-parse.ts';
import { pabulibExportStats } from './pabulib-export.ts';

// The public Pabulib file is built once per version of the round (in a worker), kept, and served
// with an ETag; any change to what is in it gives a new version. Anonymous callers are rate limited.
let t: TestContext;
let w: BudgetWorld;
let round: Round;
beforeAll(async () => {
  t = await createTestApp();
  w = await budgetWorld(t);
  round = await w.openRound();
  await w.acceptedProjects(round.id, [6_000_00, 5_000_00]);
});
afterAll(async () => {
  await t.close();
});

let address = 0;
const download = (headers: Record<string, string> = {}, remoteAddress = `192.0.2.${++address % 250}`) =>
  t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/pabulib`, headers, remoteAddress });

async function builds<T>(run: () => Promise<T>): Promise<[T, number]> {
  const before = pabulibExportStats.builds;
  const result = await run();
  return [result, pabulibExportStats.builds - before];
}

describe('the Pabulib file is built once per version of the round', () => {
  test('a second download builds nothing and gets the same file and ETag', async () => {
    const [first, firstBuilds] = await builds(() => download());
    expect(first.statusCode).toBe(200);
    expect(firstBuilds).toBe(1);
    expect(first.headers.etag).toMatch(/^"pb-[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');

    const [second, secondBuilds] = await builds(() => download());
    expect(secondBuilds).toBe(0);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
  });

  test('parallel downloads share one build', async () => {
    await w.acceptedProjects(round.id, [1_000_00]); // a new version
    const [answers, count] = await builds(() => Promise.all(Array.from({ length: 8 }, () => download())));
    expect(count).toBe(1);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(parsePabulib(answers[0]!.body).projects).toHaveLength(3);
  });

  test('If-None-Match with the current ETag answers 304 without building', async () => {
    const etag = String((await download()).headers.etag);
    const [notModified, count] = await builds(() => download({ 'if-none-match': etag }));
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect(count).toBe(0);
    expect((await download({ 'if-none-match': '"pb-something-else"' })).statusCode).toBe(200);
  });

  test('any change invalidates: a new project, the close of the vote, the count', async () => {
    const before = await download();
    const [newProject] = await w.acceptedProjects(round.id, [2_000_00]);
    const [afterProject, rebuilt] = await builds(() => download({ 'if-none-match': String(before.headers.etag) }));
    expect(afterProject.statusCode).toBe(200);
    expect(rebuilt).toBe(1);
    expect(afterProject.headers.etag).not.toBe(before.headers.etag);
    expect(parsePabulib(afterProject.body).projects).toHaveLength(4);

    await w.startPhase(round.id, 'review');
    await w.startPhase(round.id, 'voting');
    const voter = await w.resident();
    const cast = await voter.post(`/api/v1/budget-rounds/${round.id}/ballots`, { projectIds: [newProject] });
    expect(cast.statusCode, cast.body).toBe(201);
    await w.startPhase(round.id, 'results');
    await w.countedResult(round.id);
    const counted = await download();
    const file = parsePabulib(counted.body);
    expect(file.votes).toHaveLength(1);
    expect(file.projectColumns).toContain('selected');
    expect(counted.headers.etag).not.toBe(afterProject.headers.etag);
    const [again, count] = await builds(() => download());
    expect(count).toBe(0);
    expect(again.body).toBe(counted.body);
  });

  test('an unknown round is 404', async () => {
    const response = await t.app.inject({ url: '/api/v1/budget-rounds/00000000-0000-4000-8000-ffffffffffff/pabulib' });
    expect(response.statusCode).toBe(404);
  });
});

describe('anonymous downloads are rate limited per IP address', () => {
  test('the 31st download in a minute from one address is 429 with Retry-After; others still get theirs', async () => {
    const etag = String((await download()).headers.etag);
    for (let i = 0; i < 30; i++) {
      const answer = await download({ 'if-none-match': etag }, '198.51.100.7');
      expect(answer.statusCode).toBe(304);
    }
    const refused = await download({}, '198.51.100.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await download({}, '198.51.100.8')).statusCode).toBe(200);
    t.clock.advance(61_000);
    expect((await download({ 'if-none-match': etag }, '198.51.100.7')).statusCode).toBe(304);
  });
});
