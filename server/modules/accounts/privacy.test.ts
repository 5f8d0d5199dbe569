import { describe, expect, test } from 'vitest';
import { ERASED_NAME, withoutPerson } from './privacy.ts';

const gerda = { displayName: 'Gerda Geeft', email: 'gerda@example.nl' };

describe('public texts lose the erased person’s name and e-mail address', () => {
  test.each([
    ['the full name', 'Opgezet door Gerda Geeft.', `Opgezet door ${ERASED_NAME}.`],
    ['in any case', 'GERDA GEEFT en gerda geeft', `${ERASED_NAME} en ${ERASED_NAME}`],
    ['the e-mail address', 'Mail gerda@example.nl of bel.', `Mail ${ERASED_NAME} of bel.`],
    ['an address in brackets', '(Gerda@Example.nl)', `(${ERASED_NAME})`],
    ['not inside a longer word', 'Gerda Geefthuis', 'Gerda Geefthuis'],
    ['not a first name alone', 'Gerda komt ook', 'Gerda komt ook'],
    ['nothing to replace', 'Samen groente kweken', 'Samen groente kweken'],
  ])('%s', (_what, text, expected) => {
    expect(withoutPerson(text, gerda)).toBe(expected);
  });

  test('characters with a meaning in patterns are taken literally', () => {
    expect(withoutPerson('Hallo J.(a)n* en Jxan', { displayName: 'J.(a)n*', email: null })).toBe(
      `Hallo ${ERASED_NAME} en Jxan`,
    );
  });

  test('a name of one or two characters is left alone', () => {
    expect(withoutPerson('Jo en Al', { displayName: 'Jo', email: null })).toBe('Jo en Al');
  });
});
