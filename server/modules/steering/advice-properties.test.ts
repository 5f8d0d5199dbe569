import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ChangeCondition, SteeringLayer, SteeringThresholds, TaskRisk } from '../../../contracts/steering.ts';
import { providerKinds, steeringLayers, SteeringThresholdsSchema, taskRisks } from '../../../contracts/steering.ts';
import { DEFAULT_THRESHOLDS, evaluate, levelOf, type AdviceInputs, type InitiativeCapacity } from './advice.ts';
import { pathsDown } from './change-paths.ts';
import { step, type AdviceState } from './hysteresis.ts';

// Properties of the advice and of slow leadership, over any inputs and any valid thresholds.

const initiativeArb: fc.Arbitrary<InitiativeCapacity> = fc
  .record({
    activeMembers: fc.integer({ min: 0, max: 30 }),
    pledgesMade: fc.integer({ min: 0, max: 40 }),
    keptFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    monthsActive: fc.integer({ min: 0, max: 36 }),
    verifiedSupporters: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ keptFraction, ...rest }) => ({ ...rest, pledgesKept: Math.floor(rest.pledgesMade * keptFraction) }));

const inputsArb: fc.Arbitrary<AdviceInputs> = fc.record({
  subjectType: fc.constantFrom('task' as const, 'initiative' as const),
  provider: fc.constantFrom(...providerKinds),
  risk: fc.constantFrom(...taskRisks),
  statutory: fc.boolean(),
  exclusive: fc.boolean(),
  initiative: fc.option(initiativeArb, { nil: null }),
  areaIndex: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  helpAnswered: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  milestonesMet: fc.integer({ min: 0, max: 10 }),
  milestonesMissed: fc.integer({ min: 0, max: 10 }),
  incidents: fc.integer({ min: 0, max: 10 }),
  criticalIncidents: fc.integer({ min: 0, max: 2 }),
});

const thresholdsArb: fc.Arbitrary<SteeringThresholds> = fc
  .record({
    minActiveMembers: fc.integer({ min: 1, max: 10 }),
    extraMembers: fc.integer({ min: 0, max: 10 }),
    minPledgeKeptShare: fc.double({ min: 0, max: 1, noNaN: true }),
    minMonthsActive: fc.integer({ min: 0, max: 24 }),
    strongSupporters: fc.integer({ min: 0, max: 100 }),
    areaIndexWeak: fc.integer({ min: 0, max: 60 }),
    extraIndex: fc.integer({ min: 0, max: 40 }),
    frameworksMissed: fc.integer({ min: 1, max: 3 }),
    extraCompel: fc.integer({ min: 0, max: 3 }),
    extraTakeOver: fc.integer({ min: 0, max: 3 }),
    frameworksIncidents: fc.integer({ min: 1, max: 3 }),
    extraIncidents: fc.integer({ min: 0, max: 3 }),
    minHelpAnswered: fc.double({ min: 0, max: 1, noNaN: true }),
    upWeeks: fc.integer({ min: 0, max: 12 }),
    downWeeks: fc.integer({ min: 0, max: 12 }),
  })
  .map((r) =>
    SteeringThresholdsSchema.parse({
      capacity: {
        minActiveMembers: r.minActiveMembers,
        strongActiveMembers: r.minActiveMembers + r.extraMembers,
        minPledgeKeptShare: r.minPledgeKeptShare,
        minMonthsActive: r.minMonthsActive,
        strongSupporters: r.strongSupporters,
        areaIndexAdequate: r.areaIndexWeak + r.extraIndex,
        areaIndexWeak: r.areaIndexWeak,
      },
      performance: {
        windowWeeks: 8,
        frameworksMissed: r.frameworksMissed,
        compelMissed: r.frameworksMissed + r.extraCompel,
        takeOverMissed: r.frameworksMissed + r.extraCompel + r.extraTakeOver,
        frameworksIncidents: r.frameworksIncidents,
        compelIncidents: r.frameworksIncidents + r.extraIncidents,
        minHelpAnswered: r.minHelpAnswered,
      },
      hysteresis: { upWeeks: r.upWeeks, downWeeks: r.downWeeks },
      deadlines: DEFAULT_THRESHOLDS.deadlines,
    }),
  );

const layerArb = fc.constantFrom(...steeringLayers);
const NONE: InitiativeCapacity = {
  activeMembers: 0,
  pledgesMade: 0,
  pledgesKept: 0,
  monthsActive: 0,
  verifiedSupporters: 0,
};

/** What the world looks like once every condition of a path holds (to check that the path is real). */
function satisfy(inputs: AdviceInputs, conditions: readonly ChangeCondition[]): AdviceInputs {
  let next = { ...inputs };
  const initiative = (change: Partial<InitiativeCapacity>) => {
    next = { ...next, initiative: { ...(next.initiative ?? NONE), ...change } };
  };
  for (const { input, value } of conditions) {
    const n = Number(value);
    switch (input) {
      case 'milestonesMissed':
      case 'incidents':
      case 'criticalIncidents':
      case 'helpAnswered':
      case 'areaIndex':
        next = { ...next, [input]: n };
        break;
      case 'activeMembers':
      case 'monthsActive':
      case 'verifiedSupporters':
        initiative({ [input]: n });
        break;
      case 'pledgeKeptShare': {
        const made = next.initiative?.pledgesMade ?? 0;
        initiative({ pledgesKept: Math.min(made, Math.ceil(made * n)) });
        break;
      }
      case 'effectiveRisk':
        next = { ...next, risk: value as TaskRisk, statutory: false };
        break;
      case 'provider':
        next = { ...next, provider: 'community' };
        initiative({});
        break;
      default:
        throw new Error(`no way to satisfy ${input}`);
    }
  }
  return next;
}

describe('the advice rule', () => {
  test('every path down is real: once its conditions hold, the rule says that layer or lower', () => {
    fc.assert(
      fc.property(inputsArb, thresholdsArb, layerArb, (inputs, t, advised) => {
        const paths = pathsDown(inputs, t, advised);
        if (inputs.exclusive || advised === 'facilitate') return paths.length === 0;
        expect(paths.at(-1)!.toLayer).toBe('facilitate');
        expect(paths[0]!.toLayer).toBe(steeringLayers[levelOf(advised) - 1]);
        for (const path of paths) {
          const after = evaluate(satisfy(inputs, path.conditions), t);
          expect(levelOf(after.layer), `${path.text} → ${after.layer}`).toBeLessThanOrEqual(levelOf(path.toLayer));
          expect(path.text.length).toBeGreaterThan(0);
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  test('only an exclusive task has no path back to facilitate', () => {
    fc.assert(
      fc.property(inputsArb, thresholdsArb, (inputs, t) => {
        const result = evaluate(inputs, t);
        const paths = pathsDown(inputs, t, result.layer);
        return result.layer === 'facilitate' || paths.length > 0 === !inputs.exclusive;
      }),
      { numRuns: 1000 },
    );
  });

  test('more missed milestones or incidents never lower the advice', () => {
    fc.assert(
      fc.property(
        inputsArb,
        thresholdsArb,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (inputs, t, m, i) => {
          const worse = { ...inputs, milestonesMissed: inputs.milestonesMissed + m, incidents: inputs.incidents + i };
          return levelOf(evaluate(worse, t).layer) >= levelOf(evaluate(inputs, t).layer);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('slow leadership over any sequence of raw layers', () => {
  /** Two different layers, the lower first. */
  const pairArb = fc
    .uniqueArray(layerArb, { minLength: 2, maxLength: 2 })
    .map((pair) => pair.sort((a, b) => levelOf(a) - levelOf(b)) as [SteeringLayer, SteeringLayer]);
  const sequenceArb = fc.array(
    fc.record({ raw: layerArb, afterDays: fc.integer({ min: 0, max: 21 }), critical: fc.boolean() }),
    { minLength: 1, maxLength: 40 },
  );

  test('never skips a layer in one step without a critical-risk incident', () => {
    fc.assert(
      fc.property(layerArb, sequenceArb, thresholdsArb, (first, sequence, t) => {
        let now = new Date('2026-01-05T09:00:00.000Z');
        let state: AdviceState = step(null, first, now, false, t.hysteresis);
        for (const { raw, afterDays, critical } of sequence) {
          now = new Date(now.getTime() + afterDays * 86_400_000);
          const next = step(state, raw, now, critical, t.hysteresis);
          const jump = Math.abs(levelOf(next.layer) - levelOf(state.layer));
          if (jump > 1) {
            expect(critical).toBe(true);
            expect(next.layer).toBe(raw);
          }
          // It only ever moves towards the raw layer.
          if (next.layer !== state.layer)
            expect(Math.sign(levelOf(next.layer) - levelOf(state.layer))).toBe(
              Math.sign(levelOf(raw) - levelOf(state.layer)),
            );
          state = next;
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('never moves up before the signal has lasted the up period (without a critical incident)', () => {
    fc.assert(
      fc.property(
        layerArb,
        layerArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 83 }),
        (layer, raw, upWeeks, days) => {
          fc.pre(levelOf(raw) > levelOf(layer) && days < upWeeks * 7 - 1);
          const start = new Date('2026-01-05T09:00:00.000Z');
          const signalled = step({ layer, pendingLayer: null, pendingSince: null }, raw, start, false, {
            upWeeks,
            downWeeks: 4,
          });
          const later = step(signalled, raw, new Date(start.getTime() + days * 86_400_000), false, {
            upWeeks,
            downWeeks: 4,
          });
          return later.layer === layer && later.pendingLayer !== null;
        },
      ),
    );
  });

  test('after a lasting recovery it comes down to the raw layer, one down period per layer, and no lower', () => {
    fc.assert(
      fc.property(pairArb, fc.integer({ min: 0, max: 12 }), ([raw, layer], downWeeks) => {
        const h = { upWeeks: 4, downWeeks };
        let now = new Date('2026-01-05T09:00:00.000Z');
        let state: AdviceState = { layer, pendingLayer: null, pendingSince: null };
        const steps = levelOf(layer) - levelOf(raw);
        // Daily recomputation for as long as it may take, plus a margin for summer time.
        for (let day = 0; day <= steps * (downWeeks * 7 + 1) + 1; day++) {
          state = step(state, raw, now, false, h);
          expect(levelOf(state.layer)).toBeGreaterThanOrEqual(levelOf(raw));
          now = new Date(now.getTime() + 86_400_000);
        }
        expect(state.layer).toBe(raw);
        expect(state.pendingLayer).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  test('always a named path back to facilitate from any advised layer above it (unless exclusive)', () => {
    fc.assert(
      fc.property(inputsArb, thresholdsArb, layerArb, (inputs, t, advised) => {
        fc.pre(!inputs.exclusive && advised !== 'facilitate');
        const last = pathsDown(inputs, t, advised).at(-1);
        return last?.toLayer === ('facilitate' satisfies SteeringLayer) && last.text.includes('facilitate');
      }),
    );
  });
});
