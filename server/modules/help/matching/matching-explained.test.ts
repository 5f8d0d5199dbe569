import { messages } from '../../../../web/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { WEIGHTS } from './matching.ts';

const { nl, en } = messages;

// The web app explains the points in words (issue 13); this keeps those words true to the weights.
describe('the explanation of the matching points', () => {
  const most =
    WEIGHTS.sameArea +
    WEIGHTS.kind +
    WEIGHTS.experienceMax +
    WEIGHTS.availabilityFull +
    WEIGHTS.loadFree +
    WEIGHTS.historySolved;
  it.each([
    ['nl', nl.help.matching.how],
    ['en', en.help.matching.how],
  ])('%s names every weight and the most possible', (_language, text) => {
    const numbers = [...text.matchAll(/\d+/g)].map((match) => Number(match[0]));
    expect(numbers).toEqual([
      WEIGHTS.sameArea,
      WEIGHTS.nearbyArea,
      WEIGHTS.kind,
      WEIGHTS.availabilityFull,
      WEIGHTS.loadFree,
      WEIGHTS.experienceMax,
      WEIGHTS.historySolved,
      -WEIGHTS.historyNotHelped,
      most,
    ]);
  });
});
