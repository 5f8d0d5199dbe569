import { describe, expect, it } from 'vitest';
import { nextLink } from './next-link.ts';

describe('nextLink', () => {
  it('finds the next page in a Link header', () => {
    expect(nextLink('</api/v1/monitor/figures?level=neighbourhood&cursor=abc>; rel="next"')).toBe(
      '/api/v1/monitor/figures?level=neighbourhood&cursor=abc',
    );
    expect(nextLink('</a>; rel="prev", </b>; rel="next"')).toBe('/b');
  });

  it('is null on the last page', () => {
    expect(nextLink(null)).toBeNull();
    expect(nextLink('</a>; rel="prev"')).toBeNull();
  });
});
