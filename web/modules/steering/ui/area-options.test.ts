import { expect, it } from 'vitest';
import type { AreaSummary } from '../../../../contracts/areas.ts';
import { areaOptions } from './area-options.ts';

const area = (id: string, kind: AreaSummary['kind'], name: string, parentId: string | null): AreaSummary => ({
  id,
  kind,
  code: id,
  name,
  parentId,
  population: null,
  ageBands: null,
});

it('lists the municipality, then each district with its neighbourhoods, by name', () => {
  const options = areaOptions(
    [
      area('b2', 'neighbourhood', 'Zuidhoek', 'w1'),
      area('w2', 'district', 'Oost', 'g'),
      area('b1', 'neighbourhood', 'Akker', 'w1'),
      area('g', 'municipality', 'Wakkerdam', null),
      area('w1', 'district', 'Centrum', 'g'),
      area('b3', 'neighbourhood', 'Los', 'elders'),
    ],
    (a) => a.kind,
  );
  expect(options.map((o) => o.value)).toEqual(['g', 'w1', 'b1', 'b2', 'w2', 'b3']);
  expect(options[2]!.label).toBe('\u2003\u2003Akker (neighbourhood)');
});
