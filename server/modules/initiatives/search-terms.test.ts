import { describe, expect, test } from 'vitest';
import { foldWords, prefixRange, queryTerms, searchTerms } from './search-terms.ts';

describe('search terms', () => {
  test('fold accents, case and punctuation into ASCII words', () => {
    expect(foldWords('Moestuin "De Ééndracht" — café & co-op!')).toEqual([
      'moestuin',
      'de',
      'eendracht',
      'cafe',
      'co',
      'op',
    ]);
  });

  test('one-letter words are dropped and duplicates are stored once', () => {
    expect(searchTerms('a tuin', 'De tuin van a')).toEqual(['tuin', 'de', 'van']);
  });

  test('queries keep at most five distinct words', () => {
    expect(queryTerms('één twee drie vier vijf zes één')).toEqual(['een', 'twee', 'drie', 'vier', 'vijf']);
  });

  test('a prefix range includes every word that starts with it and nothing after', () => {
    const { from, to } = prefixRange('tuin');
    for (const word of ['tuin', 'tuinen', 'tuinz', 'tuin9']) expect(word >= from && word < to).toBe(true);
    for (const word of ['tuim', 'tuio', 'tui']) expect(word >= from && word < to).toBe(false);
  });
});
