import i18next from 'i18next';
import { beforeAll, expect, it } from 'vitest';
import { steeringFieldProblems } from '../../../../contracts/steering.ts';
import en from '../../../lib/i18n/en.json';
import nl from '../../../lib/i18n/nl.json';
import { fieldProblemText } from './field-problem-text.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

it('words every code of the steering API in Dutch and English, also in the app’s table of codes', () => {
  for (const code of steeringFieldProblems)
    for (const table of [nl, en]) {
      expect(table.steering.fieldProblems, code).toHaveProperty(code);
      expect(table.fieldProblem, code).toHaveProperty(code);
    }
});

it('puts amounts, layers and providers into the sentence in the reader’s language', () => {
  const nlT = i18n.getFixedT('nl');
  const enT = i18n.getFixedT('en');
  const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');
  const remaining = { name: 'body.amountCents', reason: 'At most 50000 cents remain', code: 'at_most_remaining' };
  expect(plain(fieldProblemText({ ...remaining, params: { cents: 50_000 } }, nlT, 'nl'))).toBe(
    'Er is nog hoogstens € 500 uit te betalen.',
  );
  expect(plain(fieldProblemText({ ...remaining, params: { cents: 50_000 } }, enT, 'en'))).toBe(
    'At most €500 remains to be paid.',
  );
  const deviation = {
    name: 'body.deviationReason',
    reason: '…',
    code: 'deviation_required',
    params: { layer: 'compel' },
  };
  expect(fieldProblemText(deviation, nlT, 'nl')).toContain('dwingen');
  const provider = { name: 'x', reason: '…', code: 'initiative_required', params: { provider: 'co_production' } };
  expect(fieldProblemText(provider, nlT, 'nl')).not.toContain('co_production');
});

it('leaves a field without a steering code to the app’s shared wording', () => {
  const t = i18n.getFixedT('nl');
  expect(
    fieldProblemText({ name: 'body.motivation', reason: 'At least 30 characters', code: 'too_small' }, t, 'nl'),
  ).toBeNull();
  expect(fieldProblemText({ name: 'body.motivation', reason: 'At least 30 characters' }, t, 'nl')).toBeNull();
});
