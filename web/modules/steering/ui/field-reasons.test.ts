import { expect, it } from 'vitest';
import en from '../../../lib/i18n/en.json';
import nl from '../../../lib/i18n/nl.json';
import { fieldReasonKey } from './field-reasons.ts';

it('knows the steering API’s field reasons, also those with numbers in them', () => {
  expect(fieldReasonKey('Today or earlier')).toBe('todayOrEarlier');
  expect(fieldReasonKey('Required when the layer differs from the advice (compel)')).toBe('deviationRequired');
  expect(fieldReasonKey('At most what was paid (125000 cents)')).toBe('atMostPaid');
  expect(fieldReasonKey('Something new')).toBeNull();
});

it('has a Dutch and an English text for every key', () => {
  const keys = [
    'todayOrEarlier',
    'todayOrLater',
    'afterToday',
    'noArea',
    'noInitiative',
    'noOrganisation',
    'notMunicipality',
    'reportNotOverdue',
    'notPartner',
    'usedAsAgreed',
    'recipientMissing',
    'exclusive',
    'deviationRequired',
    'required',
    'notForProvider',
    'atMostPaid',
    'reviewTooFar',
    'costAboveBudget',
  ];
  for (const key of keys) {
    expect(nl.steering.fieldProblems, key).toHaveProperty(key);
    expect(en.steering.fieldProblems, key).toHaveProperty(key);
  }
});
