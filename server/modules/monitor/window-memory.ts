import type { DayFacts } from './fold.ts';
import type { MonitorWindowResidentsTable, MonitorWindowTiesTable } from './monitor.tables.ts';
import type { Tie } from './network.ts';
import type { ResidentWindowRow } from './snapshot.ts';

/**
 * The window totals (migration 0023), kept in the monitor job's memory between its runs, so that
 * computing the latest date does not read half a million rows again every five minutes
 * (docs/monitor.md, "Performance"). Pure bookkeeping: the repository decides when the memory may
 * be used, by a generation number that every change to the totals bumps in the same transaction.
 * The memory follows a fold it saw made (the generation right after its own) by merging the day the
 * same way the tables do; anything else (another instance folded, a resident or tie had to be looked
 * up again in all the days, a rebuild) makes it forget, and the next window is read from the tables.
 */

export type ResidentTotals = MonitorWindowResidentsTable;
export type TieTotals = MonitorWindowTiesTable;

/** The kinds of activity whose last day the totals keep (besides the last day active at all). */
export const TOTAL_FLAGS = ['gives', 'receives', 'votes'] as const;

export const residentKey = (row: { area_id: string; resident_id: string }) => `${row.area_id}\u0000${row.resident_id}`;
export const tieKey = (row: { area_id: string; from_node: string; to_node: string; to_area_id: string | null }) =>
  `${row.area_id}\u0000${row.from_node}\u0000${row.to_node}\u0000${row.to_area_id ?? ''}`;

/** The later of two days (ISO dates: text order is time order; null is never). */
export function laterDay(a: string | null, b: string | null): string | null {
  return b !== null && (a === null || b > a) ? b : a;
}

/**
 * A day's facts as window-total rows: what that day alone says of each resident and tie. The
 * repository upserts these rows (its on-conflict clause keeps the later day per column) and the
 * memory merges them with `laterResident`, the same rule in code.
 */
export function dayTotals(
  day: string,
  facts: Pick<DayFacts, 'residents' | 'links'>,
): { residents: ResidentTotals[]; ties: TieTotals[] } {
  const mark = (flag: number) => (flag > 0 ? day : null);
  return {
    residents: facts.residents.map((row) => ({
      area_id: row.area_id,
      resident_id: row.resident_id,
      last_day: day,
      last_gives: mark(row.gives),
      last_receives: mark(row.receives),
      last_votes: mark(row.votes),
    })),
    ties: facts.links.map((row) => ({
      area_id: row.area_id,
      from_node: row.from_node,
      to_node: row.to_node,
      to_area_id: row.to_area_id ?? '',
      last_day: day,
    })),
  };
}

/** Two totals of the same resident merged as the tables' upsert merges them: the later day wins, per kind. */
export function laterResident(known: ResidentTotals, row: ResidentTotals): ResidentTotals {
  return {
    ...row,
    last_day: laterDay(known.last_day, row.last_day)!,
    last_gives: laterDay(known.last_gives, row.last_gives),
    last_receives: laterDay(known.last_receives, row.last_receives),
    last_votes: laterDay(known.last_votes, row.last_votes),
  };
}

export interface WindowRows {
  residents: ResidentWindowRow[];
  ties: Tie[];
}

/** The residents and ties of the window that starts on `from`, from totals (rows before `from` are skipped). */
export function windowFromTotals(
  from: string,
  residents: Iterable<ResidentTotals>,
  ties: Iterable<TieTotals>,
): WindowRows {
  const since = (day: string | null) => day !== null && day >= from;
  const window: WindowRows = { residents: [], ties: [] };
  for (const row of residents)
    if (row.last_day >= from)
      window.residents.push({
        areaId: row.area_id,
        residentId: row.resident_id,
        gives: since(row.last_gives),
        receives: since(row.last_receives),
        votes: since(row.last_votes),
      });
  for (const row of ties)
    if (row.last_day >= from)
      window.ties.push({
        areaId: row.area_id,
        from: row.from_node,
        to: row.to_node,
        toAreaId: row.to_area_id === '' ? null : row.to_area_id,
      });
  return window;
}

export class WindowMemory {
  private generation: number | null = null;
  /** The earliest window start the memory can answer: totals last seen before it are not kept. */
  private since = '';
  private readonly residents = new Map<string, ResidentTotals>();
  private readonly ties = new Map<string, TieTotals>();
  /** How often the totals were read from the tables, and how many windows were answered (for tests and the benchmark). */
  readonly reads = { loads: 0, windows: 0 };

  /** Whether the memory holds the totals as the tables have them at `generation`, for a window from `from`. */
  holds(generation: number, from: string): boolean {
    return this.generation === generation && from >= this.since;
  }

  /** The totals as read from the tables at `generation`: every row last seen on or after `since`. */
  load(generation: number, since: string, residents: Iterable<ResidentTotals>, ties: Iterable<TieTotals>): void {
    this.forget();
    for (const row of residents) if (row.last_day >= since) this.residents.set(residentKey(row), row);
    for (const row of ties) if (row.last_day >= since) this.ties.set(tieKey(row), row);
    this.generation = generation;
    this.since = since;
    this.reads.loads += 1;
  }

  /**
   * A fold merged `day`'s facts into the tables and made `generation`. Merged here the same way (the
   * later day wins) when the memory held the generation just before and the fold only merged;
   * forgotten otherwise.
   */
  merged(day: string, facts: Pick<DayFacts, 'residents' | 'links'>, generation: number, onlyMerged: boolean): void {
    if (!onlyMerged || this.generation === null || generation !== this.generation + 1) return this.forget();
    this.generation = generation;
    if (day < this.since) return; // nothing a window from `since` on can see
    const totals = dayTotals(day, facts);
    for (const row of totals.residents) {
      const key = residentKey(row);
      const known = this.residents.get(key);
      this.residents.set(key, known ? laterResident(known, row) : row);
    }
    for (const row of totals.ties) {
      const key = tieKey(row);
      const known = this.ties.get(key);
      this.ties.set(key, known ? { ...row, last_day: laterDay(known.last_day, row.last_day)! } : row);
    }
  }

  forget(): void {
    this.generation = null;
    this.since = '';
    this.residents.clear();
    this.ties.clear();
  }

  /**
   * The window from `from` (which `holds` allowed). Totals last seen before `from` are dropped: the
   * latest date only moves on, and an earlier window start reads the tables again.
   */
  window(from: string): WindowRows {
    for (const [key, row] of this.residents) if (row.last_day < from) this.residents.delete(key);
    for (const [key, row] of this.ties) if (row.last_day < from) this.ties.delete(key);
    this.since = from;
    this.reads.windows += 1;
    return windowFromTotals(from, this.residents.values(), this.ties.values());
  }

  /** How many totals it keeps (for the benchmark and tests). */
  get size(): { residents: number; ties: number } {
    return { residents: this.residents.size, ties: this.ties.size };
  }
}
