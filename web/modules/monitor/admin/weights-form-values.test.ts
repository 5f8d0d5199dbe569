import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../../contracts/monitor.ts';
import { formValues, parseDecimal, weightsBody } from './weights-form-values.ts';

const indicators: Indicator[] = [
  { id: 'participation', theme: 'participation', unit: 'share', higherIsBetter: true, weight: 2, target: 0.25 },
  { id: 'response_days', theme: 'government', unit: 'days', higherIsBetter: false, weight: 1.5, target: 42 },
];

describe('the index weights form', () => {
  it('shows a share target as a percentage, in Dutch style', () => {
    expect(formValues(indicators, 'nl')).toEqual({
      'weight-participation': '2',
      'target-participation': '25',
      'weight-response_days': '1,5',
      'target-response_days': '42',
    });
  });

  it('reads commas and points and sends a share as 0–1', () => {
    expect(parseDecimal(' 1,25 ')).toBe(1.25);
    expect(parseDecimal('3.5')).toBe(3.5);
    expect(parseDecimal('drie')).toBeNull();
    const { body } = weightsBody(indicators, {
      'weight-participation': '2,5',
      'target-participation': '30',
      'weight-response_days': '0',
      'target-response_days': '28',
    });
    expect(body).toEqual({
      indicators: [
        { id: 'participation', weight: 2.5, target: 0.3 },
        { id: 'response_days', weight: 0, target: 28 },
      ],
    });
  });

  it('names each field that is wrong', () => {
    const { body, problems } = weightsBody(indicators, {
      'weight-participation': '11',
      'target-participation': '0',
      'weight-response_days': '',
      'target-response_days': '28',
    });
    expect(body).toBeNull();
    expect(problems).toEqual({
      'weight-participation': 'weightRange',
      'target-participation': 'targetPositive',
      'weight-response_days': 'required',
    });
  });
});
