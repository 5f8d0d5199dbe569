import { describe, expect, test } from 'vitest';
import { codesCsv } from './codes-csv.ts';

const area = { id: 'a1', kind: 'neighbourhood', code: 'BU03620201', name: 'Oranjebuurt' } as const;
const validUntil = (expiresAt: string) => codesCsv(area, ['ABCD-EFGH-JKLM'], expiresAt).split('\r\n')[1]?.split(';')[3];

describe('the date a letter code is valid until', () => {
  test.each([
    ['an afternoon in spring', '2026-04-01T13:00:00.000Z', '2026-04-01'],
    ['00:30 on 1 July in Amsterdam, 30 June in UTC', '2026-06-30T22:30:00.000Z', '2026-07-01'],
    ['00:30 on 1 January in Amsterdam, New Year’s Eve in UTC', '2025-12-31T23:30:00.000Z', '2026-01-01'],
    ['23:59 on 30 June in Amsterdam', '2026-06-30T21:59:00.000Z', '2026-06-30'],
  ])('%s (%s) is %s', (_, expiresAt, date) => {
    expect(validUntil(expiresAt)).toBe(date);
  });
});
