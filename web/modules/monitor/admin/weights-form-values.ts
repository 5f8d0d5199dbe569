import type { IndexWeights, Indicator } from '../../../../contracts/monitor.ts';

/** A share's target is typed as a percentage (40), sent as a share (0.4). */
const factor = (unit: Indicator['unit']) => (unit === 'share' ? 100 : 1);

export const weightField = (id: string) => `weight-${id}`;
export const targetField = (id: string) => `target-${id}`;

/** Numbers as a Dutch reader types them: a comma or a point as the decimal sign. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

function show(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    maximumFractionDigits: 4,
    useGrouping: false,
  }).format(value);
}

export function formValues(indicators: readonly Indicator[], locale: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const i of indicators) {
    values[weightField(i.id)] = show(i.weight, locale);
    values[targetField(i.id)] = show(i.target * factor(i.unit), locale);
  }
  return values;
}

export type WeightProblem = 'required' | 'weightRange' | 'targetPositive';

/** The request body, or the problem of each field that stops it. */
export function weightsBody(
  indicators: readonly Indicator[],
  values: Record<string, string>,
): { body: IndexWeights | null; problems: Record<string, WeightProblem> } {
  const problems: Record<string, WeightProblem> = {};
  const rows: IndexWeights['indicators'] = [];
  for (const i of indicators) {
    const weight = parseDecimal(values[weightField(i.id)] ?? '');
    const target = parseDecimal(values[targetField(i.id)] ?? '');
    if (weight === null) problems[weightField(i.id)] = 'required';
    else if (weight < 0 || weight > 10) problems[weightField(i.id)] = 'weightRange';
    if (target === null) problems[targetField(i.id)] = 'required';
    else if (target <= 0) problems[targetField(i.id)] = 'targetPositive';
    if (weight !== null && target !== null) rows.push({ id: i.id, weight, target: target / factor(i.unit) });
  }
  return Object.keys(problems).length > 0 ? { body: null, problems } : { body: { indicators: rows }, problems };
}
