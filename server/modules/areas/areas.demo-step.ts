import type { AgeBands, AreaGeometry } from '../../../contracts/areas.ts';
import { bboxOf } from './geometry.ts';
import type { AreasTable } from './areas.tables.ts';
import { DEMO_MUNICIPALITY } from '../../platform/demo/demo-accounts.ts';
import { apportion, type GeneratorStep } from '../../platform/demo/generator.ts';
import { districtNames, neighbourhoodNames } from '../../platform/demo/names.ts';
import type { Random } from '../../platform/demo/random.ts';
import { layOutTown } from '../../platform/demo/town-map.ts';

/** About the size of an average Dutch buurt, and about seven buurten to a wijk. */
const RESIDENTS_PER_NEIGHBOURHOOD = 1_500;
const NEIGHBOURHOODS_PER_DISTRICT = 7;
const MIN_NEIGHBOURHOODS = 3;
// Dutch age structure, roughly (CBS 2024): the shares each neighbourhood varies around.
const AGE_SHARES: Record<keyof AgeBands, number> = {
  age0to14: 0.15,
  age15to24: 0.12,
  age25to44: 0.25,
  age45to64: 0.27,
  age65plus: 0.21,
};

/** Wakkerdam: a municipality, its districts and neighbourhoods, outlines that tile, figures that add up. */
export const areasStep: GeneratorStep = {
  name: 'areas',
  async run(context) {
    const random = context.random('areas');
    const ids = context.ids('areas');
    const residents = context.options.residents;
    const neighbourhoodCount = Math.max(MIN_NEIGHBOURHOODS, Math.round(residents / RESIDENTS_PER_NEIGHBOURHOOD));
    const districtCount = Math.min(99, Math.max(1, Math.round(neighbourhoodCount / NEIGHBOURHOODS_PER_DISTRICT)));
    const town = layOutTown(random, neighbourhoodCount, districtCount);
    const populations = apportion(
      residents,
      town.cells.map((c) => c.density),
    );
    const ageBands = populations.map((population) => {
      const weights = Object.values(AGE_SHARES).map((share) => share * (0.7 + 0.6 * random.next()));
      const counts = apportion(population, weights);
      return Object.fromEntries(Object.keys(AGE_SHARES).map((band, i) => [band, counts[i]])) as AgeBands;
    });
    const createdAt = context.daysAgo(400);
    const digits = DEMO_MUNICIPALITY.code.slice(2);

    const municipalityId = ids();
    const districtIds = Array.from({ length: town.districts }, () => ids());
    const dNames = districtNames(random, town.districts);
    const nNames = neighbourhoodNames(random, town.cells.length);
    const perDistrict = new Array<number>(town.districts).fill(0);

    const neighbourhoodRows: AreasTable[] = town.cells.map((cell, i) => {
      perDistrict[cell.district]! += 1;
      const geometry: AreaGeometry = { type: 'Polygon', coordinates: [cell.ring] };
      const json = JSON.stringify(geometry);
      return {
        id: ids(),
        kind: 'neighbourhood',
        code: `BU${digits}${String(cell.district + 1).padStart(2, '0')}${String(perDistrict[cell.district]).padStart(2, '0')}`,
        name: nNames[i]!,
        parent_id: districtIds[cell.district]!,
        municipality_id: municipalityId,
        population: populations[i]!,
        age_bands_json: JSON.stringify(ageBands[i]),
        geometry_json: json,
        map_geometry_json: json,
        bbox_json: JSON.stringify(bboxOf([geometry])),
        created_at: createdAt,
        updated_at: createdAt,
      };
    });
    const sum = (rows: ReadonlyArray<{ population: number | null; age_bands_json: string | null }>) => {
      const bands: AgeBands = { age0to14: 0, age15to24: 0, age25to44: 0, age45to64: 0, age65plus: 0 };
      for (const row of rows)
        for (const [band, n] of Object.entries(JSON.parse(row.age_bands_json!) as AgeBands))
          bands[band as keyof AgeBands] += n;
      return { population: rows.reduce((s, r) => s + (r.population ?? 0), 0), age_bands_json: JSON.stringify(bands) };
    };
    const container = (
      id: string,
      kind: 'municipality' | 'district',
      code: string,
      name: string,
      parent: string | null,
      children: AreasTable[],
    ): AreasTable => ({
      id,
      kind,
      code,
      name,
      parent_id: parent,
      municipality_id: parent,
      ...sum(children),
      geometry_json: null,
      map_geometry_json: null,
      bbox_json: JSON.stringify(bboxOf(children.map((c) => JSON.parse(c.geometry_json!) as AreaGeometry))),
      created_at: createdAt,
      updated_at: createdAt,
    });
    const districtRows = districtIds.map((id, d) =>
      container(
        id,
        'district',
        `WK${digits}${String(d + 1).padStart(2, '0')}`,
        dNames[d]!,
        municipalityId,
        neighbourhoodRows.filter((_, i) => town.cells[i]!.district === d),
      ),
    );
    const municipalityRow = container(
      municipalityId,
      'municipality',
      DEMO_MUNICIPALITY.code,
      DEMO_MUNICIPALITY.name,
      null,
      neighbourhoodRows,
    );

    await context.insert('areas', [municipalityRow, ...districtRows, ...neighbourhoodRows]);
    await context.insert(
      'area_neighbours',
      town.cells.flatMap((cell, i) =>
        cell.touches.map((j) => ({ area_id: neighbourhoodRows[i]!.id, neighbour_id: neighbourhoodRows[j]!.id })),
      ),
    );

    const present = (row: AreasTable) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      population: row.population ?? 0,
    });
    context.state.municipality = present(municipalityRow);
    context.state.districts = districtRows.map(present);
    const liveliness = livelinessOf(context.random('liveliness'), neighbourhoodRows.length);
    context.state.neighbourhoods = neighbourhoodRows.map((row, i) => ({
      ...present(row),
      districtIndex: town.cells[i]!.district,
      liveliness: liveliness[i]!,
    }));
  },
};

/**
 * How much each neighbourhood takes part: about one in eight nearly silent, one in six lively, the
 * rest around average. The first one, where the demo residents live, is never quiet.
 */
function livelinessOf(random: Random, count: number): number[] {
  const quiet = () => 0.03 + 0.12 * random.next();
  const lively = () => 1.6 + random.next();
  const values = Array.from({ length: count }, (_, i) => {
    const roll = random.next();
    const value = roll < 0.12 ? quiet() : roll < 0.3 ? lively() : 0.55 + 0.75 * random.next();
    return i === 0 ? Math.max(1.2, value) : value;
  });
  // Even a small town has a quiet and a lively corner.
  if (count >= 5 && !values.some((v) => v < 0.2)) values[count - 1] = quiet();
  if (count >= 5 && !values.some((v) => v > 1.5)) values[1] = lively();
  return values.map((v) => Math.round(v * 100) / 100);
}
