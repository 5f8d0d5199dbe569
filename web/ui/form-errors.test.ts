import { messages } from '../lib/i18n/messages.ts';
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RegisterSchema } from '../../contracts/accounts.ts';
import { ApiProblem, NetworkError } from '../app/api-client.ts';
import { numberInterpolation } from '../lib/format.ts';
import { problemErrors, validateWith } from './form-errors.ts';

const { nl, en } = messages;

/** Fragments of zod's and the server's English that must never reach a Dutch reader. */
const ENGLISH = /expected|too small|too big|invalid|required|the request has|unknown|must|received/i;

let dutch: I18n;
let english: I18n;

beforeAll(async () => {
  const make = async (lng: 'nl' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: numberInterpolation,
      showSupportNotice: false,
    });
    return instance;
  };
  dutch = await make('nl');
  english = await make('en');
});

const invalidFields = (invalidParams: Array<Record<string, unknown>>) =>
  new ApiProblem(400, {
    type: 'https://wakkere-stad.nl/problems/invalid-fields',
    title: 'Bad request',
    status: 400,
    detail: `The request has invalid fields: ${invalidParams.map((p) => String(p.name)).join(', ')}.`,
    invalidParams: invalidParams as Array<{ name: string; reason: string }>,
  });

describe('validateWith (the contracts, checked in the browser)', () => {
  it('says in Dutch what is wrong, by the rule a value breaks, with plurals', () => {
    const errors = validateWith(RegisterSchema, { email: 'geen-adres', password: 'kort', displayName: '' }, dutch.t);
    expect(errors.fields).toEqual({
      email: nl.validation.email,
      password: 'Gebruik minstens 10 tekens.',
      displayName: nl.validation.required,
    });
  });

  it('knows lists, numbers and choices, and one character is "teken"', () => {
    const schema = z.object({
      areaIds: z.array(z.string()).min(2),
      hours: z.number().max(8),
      kind: z.enum(['a', 'b']),
      code: z.string().min(1).max(1),
    });
    const errors = validateWith(schema, { areaIds: ['x'], hours: 9, kind: 'c', code: 'ab' }, dutch.t);
    expect(errors.fields).toEqual({
      areaIds: 'Kies er minstens 2.',
      hours: 'Vul 8 of minder in.',
      kind: nl.validation.choose,
      code: 'Gebruik hoogstens 1 teken.',
    });
  });

  it('puts a rule about the whole form in the summary instead of dropping it', () => {
    const schema = z.object({ a: z.string().optional() }).refine((v) => v.a !== undefined, 'Change at least one field');
    expect(validateWith(schema, {}, dutch.t)).toEqual({ fields: {}, general: 'Verander minstens één gegeven.' });
  });
});

describe('problemErrors (the server’s problem+json)', () => {
  it('translates each invalid field by its code and limits, never by the English reason', () => {
    const error = invalidFields([
      {
        name: 'body.title',
        reason: 'Too small: expected string to have >=3 characters',
        code: 'too_small',
        params: { origin: 'string', minimum: 3 },
      },
      {
        name: 'body.kinds',
        reason: 'Too small: expected array to have >=1 items',
        code: 'too_small',
        params: { origin: 'array', minimum: 1 },
      },
      { name: 'body.email', reason: 'Invalid email address', code: 'invalid_format', params: { format: 'email' } },
      { name: 'body.hours', reason: 'Invalid input: expected number, received undefined', code: 'required' },
    ]);
    const errors = problemErrors(error, dutch.t, dutch, { fields: ['title', 'kinds', 'email', 'hours'] });
    expect(errors).toEqual({
      fields: {
        title: 'Gebruik minstens 3 tekens.',
        kinds: 'Kies er minstens 1.',
        email: nl.validation.email,
        hours: nl.validation.required,
      },
      general: null,
    });
  });

  it('names a field the form does not show in words, and never shows the English detail', () => {
    const error = invalidFields([
      { name: 'body.areaIds.3', reason: 'Unknown area', code: 'custom' },
      {
        name: 'body.kinds',
        reason: 'Too small: expected array to have >=1 items',
        code: 'too_small',
        params: { origin: 'array', minimum: 1 },
      },
    ]);
    const { general, fields } = problemErrors(error, dutch.t, dutch, { fields: ['title'] });
    expect(fields).toEqual({});
    expect(general).toBe('Buurten: Er is geen gebied met deze code. Soort hulp: Kies er minstens 1.');
    expect(general).not.toMatch(ENGLISH);
  });

  it('places `areaIds.3` on the form’s `areaIds`', () => {
    const error = invalidFields([{ name: 'body.areaIds.3', reason: 'Unknown area' }]);
    expect(problemErrors(error, dutch.t, dutch, { fields: ['areaIds'] }).fields).toEqual({
      areaIds: nl.fieldProblem['Unknown area'],
    });
  });

  it('reads a service’s own reason, also with a name or number in it', () => {
    const error = invalidFields([
      { name: 'body.toAccountId', reason: 'Unknown account' },
      { name: 'body.areaId', reason: 'Unknown area wijk-9' },
      { name: 'body.displayName', reason: 'Contains an invisible or control character (U+202E)' },
      { name: 'body.hours', reason: 'The amount must be a positive number of whole minutes.', code: 'invalid-amount' },
    ]);
    const errors = problemErrors(error, dutch.t, dutch, { fields: ['toAccountId', 'areaId', 'displayName', 'hours'] });
    expect(errors.fields).toEqual({
      toAccountId: nl.fieldProblem['Unknown account'],
      areaId: nl.fieldProblem['Unknown area'],
      displayName: nl.validation.invisibleCharacter.replace('{{character}}', 'U+202E'),
      hours: nl.fieldProblem['invalid-amount'],
    });
  });

  it('a reason nobody translated reads as "klopt niet" in Dutch and as the server wrote it in English', () => {
    const error = invalidFields([{ name: 'body.title', reason: 'Something new the server says' }]);
    expect(problemErrors(error, dutch.t, dutch, { fields: ['title'] }).fields.title).toBe(nl.validation.invalid);
    expect(problemErrors(error, english.t, english, { fields: ['title'] }).fields.title).toBe(
      'Something new the server says',
    );
  });

  it('words a problem by its code, else by its status; the English detail only for English readers', () => {
    const problem = (status: number, code: string) =>
      new ApiProblem(status, {
        type: `https://wakkere-stad.nl/problems/${code}`,
        title: 'x',
        status,
        detail: 'Someone else changed the status just now; reload and try again.',
      });
    const mapping = { fields: [] };
    expect(problemErrors(problem(409, 'status-changed'), dutch.t, dutch, mapping).general).toBe(
      nl.problem['status-changed'],
    );
    expect(problemErrors(problem(409, 'conflict'), dutch.t, dutch, mapping).general).toBe(nl.problem.conflict);
    expect(problemErrors(problem(418, 'teapot'), dutch.t, dutch, mapping).general).toBe(nl.problem.status.other);
    expect(problemErrors(problem(409, 'conflict'), english.t, english, mapping).general).toBe(
      'Someone else changed the status just now; reload and try again.',
    );
    expect(problemErrors(new NetworkError('offline'), dutch.t, dutch, mapping).general).toBe(nl.problem.network);
    expect(problemErrors(problem(500, 'internal-server-error'), dutch.t, dutch, mapping).general).toBe(
      nl.problem.unexpected,
    );
  });

  it('a message of the form’s own wins', () => {
    const error = new ApiProblem(401, {
      type: 'https://wakkere-stad.nl/problems/not-logged-in',
      title: 'Not logged in',
      status: 401,
      detail: 'Wrong email or password.',
    });
    expect(
      problemErrors(error, dutch.t, dutch, { fields: [], messages: { 'not-logged-in': 'Eigen tekst' } }).general,
    ).toBe('Eigen tekst');
  });
});
