import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, euroInput, money, parseEuros, percent, todayInAmsterdam } from './steering-format.ts';

// Intl puts a narrow no-break space in some outputs; compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('steering formats', () => {
  it.each([
    ['1250', 125_000],
    ['1.250', 125_000],
    ['1250,5', 125_050],
    ['€ 1.250,50', 125_050],
    ['1250.50', 125_050],
    ['1.250.000', 125_000_000],
    ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(['', 'twaalf', '1,2,3', '-5', '1.25.0'])('refuses %j', (text) => {
    expect(parseEuros(text)).toBeNull();
  });

  it('gives cents back as a form value that reads the same', () => {
    for (const cents of [0, 5, 125_000, 125_050, 99_999_999]) expect(parseEuros(euroInput(cents))).toBe(cents);
    expect(euroInput(125_050)).toBe('1250,50');
  });

  it('writes money, shares and dates the Dutch way', () => {
    expect(plain(money(25_000_000, 'nl'))).toBe('€ 250.000');
    expect(plain(money(123_456, 'nl'))).toBe('€ 1.234,56');
    expect(plain(money(123_456, 'en'))).toBe('€1,234.56');
    expect(plain(percent(0.234, 'nl'))).toBe('23%');
    expect(calendarDate('2026-05-12', 'nl')).toBe('12 mei 2026');
    expect(calendarDate('2026-05-12', 'en')).toBe('12 May 2026');
  });

  it('counts calendar days in Amsterdam', () => {
    expect(todayInAmsterdam(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});
