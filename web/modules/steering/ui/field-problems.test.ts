import { messages } from '../../../lib/i18n/messages.ts';
import i18next from 'i18next';
import { beforeAll, expect, it } from 'vitest';
import { steeringFieldProblems } from '../../../../contracts/steering.ts';
import { invalidParamText } from '../../../ui/problem-text.ts';

const { nl, en } = messages;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

it('words every code the steering API refuses a field with, in Dutch and English', () => {
  for (const code of steeringFieldProblems) {
    expect(nl.fieldProblem, code).toHaveProperty(code);
    expect(en.fieldProblem, code).toHaveProperty(code);
  }
});

it('shows a Dutch reader the words for the code, never the server’s English reason', async () => {
  const param = {
    name: 'body.amountCents',
    reason: 'At most 50000 cents remain to be paid',
    code: 'at_most_remaining',
    params: { cents: 50_000 },
  };
  await i18n.changeLanguage('nl');
  expect(invalidParamText(param, i18n.t, i18n)).toBe(nl.fieldProblem.at_most_remaining);
  await i18n.changeLanguage('en');
  expect(invalidParamText(param, i18n.t, i18n)).toBe(en.fieldProblem.at_most_remaining);
});
