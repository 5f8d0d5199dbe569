import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { startOfDayInAmsterdam, todayInAmsterdam } from '../../platform/dutch-time.ts';
import type { ActivityPort } from '../activity/activity.port.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
import { FOLD_VERSION, foldDay, INITIATIVE_SUBJECTS } from './fold.ts';
import { createMonitorRepository } from './monitor.repository.ts';
import { computeSnapshot, type AreaNode } from './snapshot.ts';
import { WindowMemory } from './window-memory.ts';
import { withheldFigures } from './withhold.ts';

/**
 * Keeping the monitor's figures up to date (docs/monitor.md, "How figures are computed"):
 * - fold: each Amsterdam calendar day that received events since the last run is folded again
 *   from the log, replacing that day's facts — so a late or backdated event lands where it belongs;
 * - compute: the figures for the kept dates (month ends of the past year and today) whose window
 *   or running totals a refolded day touches are computed again from the facts.
 * A full rebuild does the same for every day there is. Both give identical figures, because a
 * day's facts depend only on that day's events and a date's figures only on the facts.
 */

export interface MonitorJobDeps {
  db: Db;
  clock: Clock;
  activity: ActivityPort;
  initiatives: Pick<InitiativesPort, 'initiativesOf'>;
  areas: Pick<AreasPort, 'hierarchy'>;
  windowDays: number;
  /** Figures resting on fewer residents are suppressed; their siblings are withheld as needed. */
  minResidents: number;
}

/** Events entered within this margin before the last run are read again (a transaction may commit late). */
export const RECORDING_MARGIN_MS = 10 * 60_000;

const WATERMARK = 'folded_recorded_since';
const LATEST = 'latest_as_of';
const VERSION = 'fold_version';
const MIN_RESIDENTS = 'min_residents';

/** The next calendar date (dates have no zone, so UTC arithmetic on them is exact). */
export function nextDate(date: string, days = 1): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Every date from `from` to `to`, both included. */
export function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = nextDate(date)) dates.push(date);
  return dates;
}

/** The first moment (UTC, ISO) of an Amsterdam calendar day. */
export function startOfDay(date: string): string {
  return startOfDayInAmsterdam(new Date(`${date}T12:00:00Z`)).toISOString();
}

/** The dates the monitor keeps figures for: the month ends of the past twelve months, and today. */
export function keptDates(today: string): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const monthEnds = Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(y, m - 1 - i, 0)).toISOString().slice(0, 10),
  );
  return [...monthEnds.reverse(), today];
}

export interface RunReport {
  foldedDays: number;
  computedDates: string[];
  /** How long folding the days and computing the dates took (for the log and the benchmark). */
  milliseconds: { fold: number; compute: number };
}

/**
 * One job per process, kept between runs: it keeps the latest window's totals in memory
 * (window-memory.ts), so that a run after the first reads only what changed.
 */
export function createMonitorJob(deps: MonitorJobDeps, memory = new WindowMemory()) {
  const repo = createMonitorRepository(deps.db, memory);
  /** The day the memory was last read afresh (see `run`). */
  let freshOn: string | null = null;

  /** Folds one day; `windowTotals` false in a full rebuild, which fills the window totals once at the end. */
  async function fold(date: string, windowTotals = true): Promise<void> {
    const events = await deps.activity.eventsBetween(startOfDay(date), startOfDay(nextDate(date)));
    const subjects = events
      .filter((e) => INITIATIVE_SUBJECTS.has(e.subjectType) && e.subjectType !== 'initiative')
      .map((e) => ({ type: e.subjectType, id: e.subjectId }));
    const owners = subjects.length > 0 ? await deps.initiatives.initiativesOf(subjects) : new Map<string, string>();
    await repo.replaceDay(
      date,
      foldDay(date, events, (type, id) => owners.get(`${type}:${id}`)),
      deps.clock.now().toISOString(),
      { windowTotals },
    );
  }

  async function compute(areas: readonly AreaNode[], asOf: string, latest: boolean): Promise<void> {
    const facts = await repo.windowFacts(nextDate(asOf, 1 - deps.windowDays), asOf);
    const snapshot = computeSnapshot(areas, facts, { pictures: latest });
    const population = new Map(areas.map((a) => [a.id, a.population]));
    const withheld = withheldFigures(areas, snapshot.figures, deps.minResidents, (id) => population.get(id) ?? null);
    await repo.replaceValues(asOf, snapshot.figures, withheld);
    if (latest)
      await repo.replaceNetworks(
        asOf,
        new Map([...snapshot.pictures].map(([areaId, picture]) => [areaId, JSON.stringify(picture)])),
      );
  }

  async function hierarchy(): Promise<AreaNode[]> {
    return (await deps.areas.hierarchy()).map((a) => ({
      id: a.id,
      kind: a.kind,
      parentId: a.parentId,
      population: a.population,
    }));
  }

  /** Computes the kept dates on or after `from` (all when null), drops dates no longer kept. */
  async function computeDates(today: string, from: string | null, onDate?: (done: number, total: number) => void) {
    const dates = keptDates(today).filter((date) => from === null || date >= from);
    const areas = await hierarchy();
    let done = 0;
    for (const date of dates) {
      await compute(areas, date, date === today);
      onDate?.(++done, dates.length);
    }
    await repo.keepOnlyDates(keptDates(today));
    return dates;
  }

  return {
    /**
     * The job: folds the days that received events since the last run and computes the dates they
     * touch. The first run (no watermark yet) is a full rebuild.
     */
    async run(): Promise<RunReport> {
      const startedAt = deps.clock.now();
      const today = todayInAmsterdam(startedAt);
      // Once a day the window is read afresh: a writer that does not bump the generation (an
      // instance of an older version during an upgrade, a restored backup) leaves the memory at
      // most a day behind.
      if (freshOn !== today) memory.forget();
      freshOn = today;
      const watermark = await repo.state(WATERMARK);
      // The first run, or facts folded by an earlier version of `foldDay`: everything again.
      if (watermark === null || (await repo.state(VERSION)) !== FOLD_VERSION) return this.rebuild();
      const since = new Date(Date.parse(watermark) - RECORDING_MARGIN_MS).toISOString();
      // The Amsterdam days those events happened on (a whole UTC hour lies in one Amsterdam day).
      const hours = await deps.activity.hoursRecordedSince(since);
      const days = [...new Set(hours.map((hour) => todayInAmsterdam(new Date(`${hour}:00:00Z`))))]
        .filter((d) => d <= today)
        .sort();
      const foldStarted = performance.now();
      for (const day of days) await fold(day);
      const computeStarted = performance.now();
      // A new day (or a first run after a long pause) has dates with no figures yet.
      const stored = new Set(await repo.storedDates());
      const missing = keptDates(today).filter((date) => !stored.has(date));
      // Another minimum since the figures were computed: what is withheld changes on every date.
      const sameMinimum = (await repo.state(MIN_RESIDENTS)) === String(deps.minResidents);
      const from = sameMinimum
        ? [days[0], missing[0]].filter((d): d is string => d !== undefined).sort()[0]
        : keptDates(today)[0];
      const computedDates = from === undefined ? [] : await computeDates(today, from);
      const milliseconds = { fold: computeStarted - foldStarted, compute: performance.now() - computeStarted };
      await repo.setState(MIN_RESIDENTS, String(deps.minResidents), startedAt.toISOString());
      await repo.setState(WATERMARK, startedAt.toISOString(), startedAt.toISOString());
      await repo.setState(LATEST, today, startedAt.toISOString());
      return { foldedDays: days.length, computedDates, milliseconds };
    },

    /** Everything again from the log: every day from the first event to today, then every kept date. */
    async rebuild(progress?: (step: 'fold' | 'compute', done: number, total: number) => void): Promise<RunReport> {
      const startedAt = deps.clock.now();
      const today = todayInAmsterdam(startedAt);
      const span = await deps.activity.span();
      await repo.clearFacts(startedAt.toISOString());
      const first = span ? todayInAmsterdam(new Date(span.first)) : today;
      const last = span ? todayInAmsterdam(new Date(span.last)) : today;
      const days = span ? datesFrom(first, last < today ? last : today) : [];
      let done = 0;
      const foldStarted = performance.now();
      for (const day of days) {
        await fold(day, false);
        progress?.('fold', ++done, days.length);
      }
      await repo.refillWindowTotals(startedAt.toISOString());
      const computeStarted = performance.now();
      const computedDates = await computeDates(today, null, (n, total) => progress?.('compute', n, total));
      const milliseconds = { fold: computeStarted - foldStarted, compute: performance.now() - computeStarted };
      await repo.setState(VERSION, FOLD_VERSION, startedAt.toISOString());
      await repo.setState(MIN_RESIDENTS, String(deps.minResidents), startedAt.toISOString());
      await repo.setState(WATERMARK, startedAt.toISOString(), startedAt.toISOString());
      await repo.setState(LATEST, today, startedAt.toISOString());
      return { foldedDays: days.length, computedDates, milliseconds };
    },
  };
}
export type MonitorJob = ReturnType<typeof createMonitorJob>;
