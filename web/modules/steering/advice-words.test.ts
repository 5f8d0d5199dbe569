import { messages } from '../../lib/i18n/messages.ts';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChangePath, SteeringThresholds } from '../../../contracts/steering.ts';
import { conditionText, inputValueText, pathText } from './advice-words.ts';

const { nl, en } = messages;

const thresholds = {
  capacity: {
    minActiveMembers: 4,
    strongActiveMembers: 8,
    minPledgeKeptShare: 0.7,
    minMonthsActive: 6,
    strongSupporters: 20,
    areaIndexAdequate: 50,
    areaIndexWeak: 25,
  },
  performance: {
    windowWeeks: 8,
    frameworksMissed: 1,
    compelMissed: 2,
    takeOverMissed: 4,
    frameworksIncidents: 1,
    compelIncidents: 3,
    minHelpAnswered: 0.5,
  },
  hysteresis: { upWeeks: 4, downWeeks: 4 },
  deadlines: { challengeAssessmentWeeks: 10, responseAnswerDays: 42, dueSoonDays: 14 },
} satisfies SteeringThresholds;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});
const inLanguage = (language: 'nl' | 'en') => i18n.getFixedT(language);

describe('what would change the advice, in words', () => {
  it('words the issue’s example in Dutch and English', () => {
    const path: ChangePath = {
      toLayer: 'facilitate',
      conditions: [
        { input: 'activeMembers', op: 'at_least', value: 4, current: 2 },
        { input: 'milestonesMissed', op: 'at_most', value: 0, current: 1 },
      ],
      sustainedWeeks: 4,
      text: '',
    };
    expect(pathText(inLanguage('nl'), 'nl', path, thresholds)).toBe(
      'Nog 2 actieve leden erbij (4 in totaal) en geen gemiste mijlpaal in 8 weken, 4 weken volgehouden, zou dit naar faciliteren brengen.',
    );
    expect(pathText(inLanguage('en'), 'en', path, thresholds)).toBe(
      '2 more active members (4 in all) and no missed milestone for 8 weeks, held for 4 weeks, would move this to facilitate.',
    );
  });

  it('says so when nothing needs to change but time', () => {
    const t = inLanguage('nl');
    const path: ChangePath = { toLayer: 'frameworks', conditions: [], sustainedWeeks: 1, text: '' };
    expect(pathText(t, 'nl', path, thresholds)).toBe(
      'De situatie laat kaders stellen al toe: als dat 1 week zo blijft, gaat het advies daarheen.',
    );
    expect(pathText(t, 'nl', { ...path, sustainedWeeks: 0 }, thresholds)).toMatch(/bij de volgende berekening/);
  });

  it('words shares, singulars and values that were not measured', () => {
    const t = inLanguage('nl');
    expect(
      conditionText(t, 'nl', { input: 'pledgeKeptShare', op: 'at_least', value: 0.7, current: 0.5 }, thresholds),
    ).toBe('minstens 70% van de toezeggingen nagekomen (nu 50%)');
    expect(conditionText(t, 'nl', { input: 'activeMembers', op: 'at_least', value: 4, current: 3 }, thresholds)).toBe(
      'nog 1 actief lid erbij (4 in totaal)',
    );
    expect(conditionText(t, 'nl', { input: 'areaIndex', op: 'at_least', value: 50, current: null }, thresholds)).toBe(
      'een gemeenschapskrachtindex van minstens 50 in het gebied (nu niet gemeten)',
    );
    expect(
      conditionText(t, 'nl', { input: 'effectiveRisk', op: 'at_most', value: 'medium', current: 'high' }, thresholds),
    ).toMatch(/^een taak met een risico .* van hoogstens middel/);
  });

  it('shows every kind of input value', () => {
    const t = inLanguage('nl');
    expect(inputValueText(t, 'nl', 'statutory', true)).toBe('ja');
    expect(inputValueText(t, 'nl', 'provider', 'co_production')).toBe('Coproductie');
    expect(inputValueText(t, 'nl', 'effectiveRisk', 'critical')).toBe('kritiek');
    expect(inputValueText(t, 'nl', 'capacity', 'adequate')).toBe('voldoende');
    expect(inputValueText(t, 'nl', 'helpAnswered', 0.456)).toBe('46%');
    expect(inputValueText(t, 'nl', 'areaIndex', 47.5)).toBe('47,5');
    expect(inputValueText(t, 'nl', 'activeMembers', null)).toBe('niet gemeten');
  });
});
