import { readFileSync } from 'node:fs';
import type { AreaImportSummary } from '../../contracts/areas.ts';
import type { TestContext } from './test-app.ts';
import { createAuditWriter } from '../../server/modules/audit/audit.service.ts';
import { createAreaImportService } from '../../server/modules/areas/area-import.service.ts';

export const AMSTELVEEN_4 = new URL('../fixtures/areas/amstelveen-4-buurten.geojson', import.meta.url);
export const RANDWIJCK_RD = new URL('../fixtures/areas/randwijck-rd-new.geojson', import.meta.url);

export type FixtureCollection = {
  type: 'FeatureCollection';
  crs?: unknown;
  features: Array<{
    type: 'Feature';
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates: number[][][] };
  }>;
};

export function readFixture(file: URL): FixtureCollection {
  return JSON.parse(readFileSync(file, 'utf8')) as FixtureCollection;
}

/** The importer on the test database, as the CLI uses it. */
export function testImporter(t: TestContext) {
  return createAreaImportService({
    db: t.db,
    clock: t.clock,
    ids: t.ids,
    audit: createAuditWriter({ clock: t.clock, ids: t.ids }),
  });
}

/** Imports the four Amstelveen buurten; returns their ids by CBS code. */
export async function importAmstelveen(
  t: TestContext,
): Promise<{ summary: AreaImportSummary; idOf: (code: string) => string }> {
  const summary = await testImporter(t).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
  const rows = await t.db.selectFrom('areas').select(['id', 'code']).execute();
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  return {
    summary,
    idOf: (code) => {
      const id = ids.get(code);
      if (!id) throw new Error(`no area ${code}`);
      return id;
    },
  };
}
