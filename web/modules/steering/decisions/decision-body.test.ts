import { describe, expect, it } from 'vitest';
import { CreateDecisionSchema } from '../../../../contracts/steering.ts';
import { decisionBody, removeRow } from './decision-body.ts';

const task = { type: 'task' as const, id: 't1' };
const motivation = 'Het initiatief mist mijlpalen; we maken afspraken met duidelijke kaders.';

describe('the decision form as a request body', () => {
  it('takes the frameworks layer’s agreement, with the facilitating instruments that were ticked', () => {
    const body = decisionBody(
      task,
      {
        layer: 'frameworks',
        motivation,
        reviewDate: '2026-12-01',
        'use.expertise': 'true',
        'instruments.expertise.description': 'Een hovenier denkt mee',
        'use.grant': '',
        'instruments.grant.amountCents': '500',
        'instruments.agreement.conditions.0': 'Maai elke twee weken',
        'instruments.agreement.milestones.0.title': 'Eerste maaironde',
        'instruments.agreement.milestones.0.dueDate': '2026-06-01',
        proportionalityReason: 'Wordt niet meegestuurd bij kaders stellen',
      },
      { conditions: 1, milestones: 1, enforcement: 1 },
      'frameworks',
    );
    expect(body).toEqual({
      subjectType: 'task',
      subjectId: 't1',
      layer: 'frameworks',
      motivation,
      instruments: {
        expertise: { description: 'Een hovenier denkt mee' },
        agreement: {
          conditions: ['Maai elke twee weken'],
          milestones: [{ title: 'Eerste maaironde', dueDate: '2026-06-01' }],
        },
      },
      reviewDate: '2026-12-01',
    });
    expect(CreateDecisionSchema.safeParse(body).success).toBe(true);
  });

  it('asks for a deviation reason only when the layer differs from the advice, and proportionality for compel', () => {
    const values = {
      layer: 'compel',
      motivation,
      deviationReason: 'Het advies weegt het incident van vorige week niet mee.',
      proportionalityReason: 'Zonder afdwingen blijft het gras staan en groeit het risico.',
      leastIntrusiveAlternative: 'Kaders stellen: geprobeerd, niet genoeg.',
      'instruments.enforcement.conditions.0.condition': 'Maai het veld',
      'instruments.enforcement.conditions.0.deadline': '2026-07-01',
      'instruments.enforcement.conditions.0.consequence': 'De gemeente maait zelf',
      reviewDate: '2026-09-01',
    };
    const rows = { conditions: 1, milestones: 1, enforcement: 1 };
    expect(decisionBody(task, values, rows, 'frameworks').deviationReason).toMatch(/incident/);
    expect(decisionBody(task, values, rows, 'compel').deviationReason).toBeUndefined();
    expect(decisionBody(task, values, rows, null).deviationReason).toBeUndefined();
    expect(decisionBody(task, values, rows, 'compel').proportionalityReason).toMatch(/risico/);
    expect(
      decisionBody(task, { ...values, layer: 'facilitate' }, rows, 'compel').proportionalityReason,
    ).toBeUndefined();
  });

  it('makes an amount that is no amount fail the schema', () => {
    const body = decisionBody(
      task,
      {
        layer: 'facilitate',
        motivation,
        reviewDate: '2026-09-01',
        'use.grant': 'true',
        'instruments.grant.amountCents': 'veel',
        'instruments.grant.purpose': 'Gereedschap voor het groenonderhoud',
        'instruments.grant.reportDueDate': '2026-12-31',
      },
      { conditions: 1, milestones: 1, enforcement: 1 },
      'facilitate',
    );
    expect(body.instruments.grant?.amountCents).toBeNaN();
    expect(CreateDecisionSchema.safeParse(body).success).toBe(false);
  });
});

describe('removing a list row', () => {
  it('moves the rows after it up, with all their parts', () => {
    const values = {
      motivation: 'blijft',
      'instruments.agreement.milestones.0.title': 'A',
      'instruments.agreement.milestones.0.dueDate': '2026-01-01',
      'instruments.agreement.milestones.1.title': 'B',
      'instruments.agreement.milestones.1.dueDate': '2026-02-01',
      'instruments.agreement.milestones.2.title': 'C',
      'instruments.agreement.milestones.2.dueDate': '2026-03-01',
      'instruments.agreement.milestones.10.title': 'ignored: beyond the count',
    };
    expect(removeRow(values, 'instruments.agreement.milestones', 1, 3)).toEqual({
      motivation: 'blijft',
      'instruments.agreement.milestones.0.title': 'A',
      'instruments.agreement.milestones.0.dueDate': '2026-01-01',
      'instruments.agreement.milestones.1.title': 'C',
      'instruments.agreement.milestones.1.dueDate': '2026-03-01',
    });
    expect(
      removeRow(
        { 'instruments.agreement.conditions.0': 'x', 'instruments.agreement.conditions.1': 'y' },
        'instruments.agreement.conditions',
        0,
        2,
      ),
    ).toEqual({ 'instruments.agreement.conditions.0': 'y' });
  });
});
