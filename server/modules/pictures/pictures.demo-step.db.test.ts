import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Picture } from '../../../contracts/pictures.ts';
import { closeTestApp } from '../../../test/support/initiatives.ts';
import { createTestApp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { demoStepsOf, registry } from '../../platform/registry.ts';
import { seedDemoIfEmpty } from '../demo/demo.seed.ts';

let directory: string;
let t: TestContext;
beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ws-demo-pictures-'));
  t = await createTestApp({ pictures: { directory, maxBytes: 1_048_576 } });
  await seedDemoIfEmpty(t.db, t.clock.now(), () => demoStepsOf(registry));
}, 300_000);
afterAll(async () => {
  await closeTestApp(t);
  rmSync(directory, { recursive: true, force: true });
});

test('the demo gives initiatives, updates and budget proposals pictures, drawn with sharp when first asked for', async () => {
  const rows = await t.db.selectFrom('pictures').select(['subject_type', 'parent_id']).execute();
  const kinds = new Set(rows.map((row) => row.subject_type));
  expect([...kinds].sort()).toEqual(['budget-proposal', 'initiative', 'initiative-update']);

  const anonymous = new TestClient(t.app);
  const initiativeId = rows.find((row) => row.subject_type === 'initiative')!.parent_id;
  const pictures = (await anonymous.get(`/api/v1/pictures?initiativeId=${initiativeId}`)).json<{ items: Picture[] }>()
    .items;
  expect(pictures[0]!.altText).toMatch(/^Tekening van /);
  const file = await anonymous.get(pictures[0]!.files.webp[1]!.url);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe('image/webp');
  const meta = await sharp(file.rawPayload).metadata();
  expect([meta.width, meta.height]).toEqual([1200, 800]);
  // Drawn once: the second request reads the stored file.
  expect((await anonymous.get(pictures[0]!.files.webp[1]!.url)).rawPayload.equals(file.rawPayload)).toBe(true);
});
