import type { SteeringThresholds } from '../../../../contracts/steering.ts';

/**
 * The thresholds as form fields named by their path (`capacity.minActiveMembers`); shares (0–1)
 * are shown and typed as percentages, and decimals may be typed with a comma.
 */
export const SHARE_FIELDS = new Set(['capacity.minPledgeKeptShare', 'performance.minHelpAnswered']);

export function toFormValues(thresholds: SteeringThresholds): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [group, fields] of Object.entries(thresholds))
    for (const [key, value] of Object.entries(fields as Record<string, number>)) {
      const name = `${group}.${key}`;
      const shown = SHARE_FIELDS.has(name) ? Math.round(value * 1000) / 10 : value;
      values[name] = String(shown).replace('.', ',');
    }
  return values;
}

function numberOf(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** The body to save; a field that is no number becomes NaN, so the contract's schema refuses it. */
export function fromFormValues(values: Record<string, string>, shape: SteeringThresholds): SteeringThresholds {
  const out: Record<string, Record<string, number>> = {};
  for (const [group, fields] of Object.entries(shape)) {
    out[group] = {};
    for (const key of Object.keys(fields as Record<string, number>)) {
      const name = `${group}.${key}`;
      const value = numberOf(values[name] ?? '');
      out[group][key] = SHARE_FIELDS.has(name) ? value / 100 : value;
    }
  }
  return out as unknown as SteeringThresholds;
}
