import type { AgeBands, AreaGeometry, AreaImportSummary, AreaKind } from '../../../contracts/areas.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Authority } from '../../http/scope.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { touchingPairs } from './adjacency.ts';
import type { ImportPlan, ImportProgress, KnownAreaNames } from './area-import.ts';
import { createAreasRepository, type AreasRepository } from './areas.repository.ts';
import type { AreasTable } from './areas.tables.ts';

export interface AreaImportDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
}

export interface ImportOptions {
  actorId: string | null;
  /** The grant the import is done under (a municipality-wide administrator); none from the command line. */
  authority?: Authority | null;
  dryRun?: boolean;
  onValidate?: ImportProgress;
  onWrite?: ImportProgress;
}

type Counts = AreaImportSummary['neighbourhoods'];
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

/**
 * Imports a CBS-shaped buurten file: validate everything first (AreaImportError lists what is
 * wrong), then write it all in one transaction. Re-importing updates areas in place by CBS code,
 * so ids — and everything that refers to them — stay. The reader (area-import.ts, with proj4)
 * loads with the first import, not at start-up.
 */
export function createAreaImportService(deps: AreaImportDeps) {
  async function knownNames(): Promise<KnownAreaNames> {
    const rows = await createAreasRepository(deps.db).namesOfContainers();
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  async function write(plan: ImportPlan, options: ImportOptions): Promise<AreaImportSummary> {
    const summary: AreaImportSummary = {
      dryRun: options.dryRun ?? false,
      features: plan.features,
      sourceCrs: plan.sourceCrs,
      municipalities: zero(),
      districts: zero(),
      neighbourhoods: zero(),
    };
    const run = async (db: Db) => {
      const repo = createAreasRepository(db);
      const codes = [
        ...plan.municipalities.keys(),
        ...plan.districts.keys(),
        ...plan.neighbourhoods.map((n) => n.code),
      ];
      const existing = new Map((await repo.findByCodes(codes)).map((row) => [row.code, row]));
      const nowIso = deps.clock.now().toISOString();
      const inserted = new Map<string, AreasTable>();
      const idOf = (code: string) => existing.get(code)?.id ?? inserted.get(code)?.id;
      const updates: Array<{ id: string; changes: Partial<AreasTable> }> = [];

      const upsert = (
        kind: AreaKind,
        counts: Counts,
        desired: Omit<AreasTable, 'id' | 'created_at' | 'updated_at'>,
      ) => {
        const row = existing.get(desired.code);
        if (!row) {
          counts.created += 1;
          inserted.set(desired.code, { ...desired, id: deps.ids(), created_at: nowIso, updated_at: nowIso });
          return;
        }
        const changes: Partial<AreasTable> = {};
        for (const key of Object.keys(desired) as Array<keyof typeof desired>) {
          if (row[key] !== desired[key]) (changes as Record<string, unknown>)[key] = desired[key];
        }
        if (row.kind !== kind) throw new Error(`${desired.code} exists as a ${row.kind}`);
        if (Object.keys(changes).length === 0) counts.unchanged += 1;
        else {
          counts.updated += 1;
          updates.push({ id: row.id, changes: { ...changes, updated_at: nowIso } });
        }
      };

      for (const [code, name] of plan.municipalities) {
        const row = existing.get(code);
        upsert('municipality', summary.municipalities, {
          ...keep(row),
          kind: 'municipality',
          code,
          name: name ?? row?.name ?? code,
          parent_id: null,
          municipality_id: null,
        });
      }
      for (const [code, district] of plan.districts) {
        const row = existing.get(code);
        const municipalityId = idOf(district.municipalityCode)!;
        upsert('district', summary.districts, {
          ...keep(row),
          kind: 'district',
          code,
          name: district.name ?? row?.name ?? code,
          parent_id: municipalityId,
          municipality_id: municipalityId,
        });
      }
      for (const n of plan.neighbourhoods) {
        upsert('neighbourhood', summary.neighbourhoods, {
          kind: 'neighbourhood',
          code: n.code,
          name: n.name,
          parent_id: idOf(n.districtCode)!,
          municipality_id: idOf(n.municipalityCode)!,
          population: n.population,
          age_bands_json: n.ageBands ? JSON.stringify(n.ageBands) : null,
          geometry_json: JSON.stringify(n.geometry),
          map_geometry_json: JSON.stringify(n.mapGeometry),
          bbox_json: n.bbox ? JSON.stringify(n.bbox) : null,
        });
      }
      if (summary.dryRun) return;

      const rows = [...inserted.values()];
      const total = rows.length + updates.length;
      await repo.insertMany(rows);
      options.onWrite?.(rows.length, total);
      for (const [i, update] of updates.entries()) {
        await repo.update(update.id, update.changes);
        if (i % 50 === 0) options.onWrite?.(rows.length + i + 1, total);
      }
      options.onWrite?.(total, total);

      const districtIds = [...plan.districts.keys()].map((code) => idOf(code)!);
      const municipalityIds = [...plan.municipalities.keys()].map((code) => idOf(code)!);
      await totalUp(repo, districtIds, nowIso);
      await totalUp(repo, municipalityIds, nowIso);
      for (const municipalityId of municipalityIds) {
        const outlines = (await repo.mapFeatures({ id: municipalityId, kind: 'municipality' })).map((row) => ({
          id: row.id,
          geometry: JSON.parse(row.map_geometry_json ?? 'null') as AreaGeometry,
        }));
        await repo.replaceNeighbours(
          outlines.map((o) => o.id),
          touchingPairs(outlines),
        );
      }
      await deps.audit(db, {
        actorId: options.actorId,
        action: 'areas.imported',
        subjectType: 'area',
        subjectId: municipalityIds[0]!,
        areaId: municipalityIds.length === 1 ? municipalityIds[0]! : null,
        after: summary,
        authority: options.authority ?? null,
      });
    };
    if (summary.dryRun) await run(deps.db);
    else await deps.db.transaction().execute(run);
    return summary;
  }

  return {
    /** Throws AreaImportError when the file is refused; nothing is written then. */
    async importText(text: string, options: ImportOptions): Promise<AreaImportSummary> {
      const { parseAreaFile } = await import('./area-import.ts');
      return write(parseAreaFile(text, await knownNames(), options.onValidate), options);
    },
    async importValue(value: unknown, options: ImportOptions): Promise<AreaImportSummary> {
      const { planImport } = await import('./area-import.ts');
      return write(planImport(value, await knownNames(), options.onValidate), options);
    },
  };
}
export type AreaImportService = ReturnType<typeof createAreaImportService>;

/** Figures a district or municipality inherits from its children, kept when the file has none. */
function keep(row: AreasTable | undefined) {
  return {
    population: row?.population ?? null,
    age_bands_json: row?.age_bands_json ?? null,
    geometry_json: row?.geometry_json ?? null,
    map_geometry_json: row?.map_geometry_json ?? null,
    bbox_json: row?.bbox_json ?? null,
  };
}

/**
 * A district's or municipality's population is the sum of its children's, when every child has
 * one; likewise the age bands. Run districts first, then municipalities.
 */
async function totalUp(repo: AreasRepository, parentIds: readonly string[], nowIso: string): Promise<void> {
  const children = await repo.figuresOfChildren(parentIds);
  const current = new Map((await repo.summariesByIds(parentIds)).map((row) => [row.id, row]));
  for (const parentId of parentIds) {
    const mine = children.filter((c) => c.parent_id === parentId);
    const population =
      mine.length > 0 && mine.every((c) => c.population !== null)
        ? mine.reduce((s, c) => s + (c.population ?? 0), 0)
        : null;
    const bands = mine.map((c) => (c.age_bands_json ? (JSON.parse(c.age_bands_json) as AgeBands) : null));
    let ageBands: AgeBands | null = null;
    if (bands.length > 0 && bands.every((b) => b !== null)) {
      ageBands = { age0to14: 0, age15to24: 0, age25to44: 0, age45to64: 0, age65plus: 0 };
      for (const b of bands) for (const key of Object.keys(ageBands) as Array<keyof AgeBands>) ageBands[key] += b![key];
    }
    const ageBandsJson = ageBands ? JSON.stringify(ageBands) : null;
    const row = current.get(parentId);
    if (row?.population === population && row.age_bands_json === ageBandsJson) continue;
    await repo.update(parentId, { population, age_bands_json: ageBandsJson, updated_at: nowIso });
  }
}
