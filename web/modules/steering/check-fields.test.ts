import { messages } from '../../lib/i18n/messages.ts';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CreateDecisionSchema } from '../../../contracts/steering.ts';
import { checkWith } from './check-fields.ts';

const { nl } = messages;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

describe('checking a nested body against its contract', () => {
  it('names every problem at once, by the path the server uses', () => {
    const errors = checkWith(
      CreateDecisionSchema,
      {
        subjectType: 'task',
        subjectId: 't1',
        layer: 'compel',
        motivation: 'te kort',
        instruments: { enforcement: { conditions: [{ condition: '', deadline: '2026-13-01', consequence: 'Boete' }] } },
        reviewDate: '2026-09-01',
      },
      i18n.t,
    );
    expect(errors.fields).toEqual({
      motivation: 'Gebruik minstens 30 tekens.',
      'instruments.enforcement.conditions.0.condition': 'Vul dit veld in.',
      'instruments.enforcement.conditions.0.deadline': 'Deze waarde klopt niet.',
      proportionalityReason: 'Vul dit veld in.',
      leastIntrusiveAlternative: 'Vul dit veld in.',
    });
  });

  it('has nothing to say about a valid body', () => {
    const errors = checkWith(
      CreateDecisionSchema,
      {
        subjectType: 'task',
        subjectId: 't1',
        layer: 'facilitate',
        motivation: 'De buurt doet dit al jaren goed en heeft genoeg mensen.',
        instruments: { expertise: { description: 'Een hovenier van de gemeente' } },
        reviewDate: '2026-09-01',
      },
      i18n.t,
    );
    expect(errors).toEqual({ fields: {}, general: null });
  });
});
