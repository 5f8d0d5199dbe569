import { createHash } from 'node:crypto';
import type { Outcome } from '../../../../contracts/budgeting-results.ts';
import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/database.ts';
import type { AreasPort } from '../../areas/areas.port.ts';
import { createBallotsRepository } from '../ballots/ballots.repository.ts';
import type { BudgetBallotsTable } from '../budgeting.tables.ts';
import { createProposalsRepository } from '../proposals/proposals.repository.ts';
import { phaseAt } from '../rounds/round-phase.ts';
import type { CountedSelection, ExportedRound } from '../rounds/round-pabulib.ts';
import { createRoundsRepository } from '../rounds/rounds.repository.ts';
import { buildPabulibInWorker } from './count-in-worker.ts';
import { createCountsRepository } from './counts.repository.ts';
import type { BallotProject } from './round-election.ts';

/** Everything a round's Pabulib file is made of; the ballots as stored (choices JSON and source). */
export interface PabulibSource {
  round: ExportedRound;
  areaNames: string[];
  projects: BallotProject[];
  ballots: Array<Pick<BudgetBallotsTable, 'choices_json' | 'source'>>;
  counted: CountedSelection | undefined;
}

export type PabulibBuilder = (source: PabulibSource) => Promise<string>;

/** Files kept per app instance: enough for the rounds people download, bounded in memory. */
const MAX_CACHED_FILES = 16;
const MAX_CACHED_CHARS = 64 * 1024 * 1024;

/** Builds since the process started (the tests check that a second download builds nothing). */
export const pabulibExportStats = { builds: 0 };

/**
 * A round's Pabulib file is public and, for a large round, costly: every ballot is read and
 * written out. So it is built once per version of the round and kept: the version is a hash of
 * everything in the file that can change (the round, its areas' names, the accepted projects, and
 * once voting has closed the number of ballots and the count), read with a few small queries. Any
 * change gives a new version, and the next download builds the new file. The version is the ETag,
 * so a client that has the file gets 304 without anything being built. Builds run in a worker
 * thread, one at a time per instance, and concurrent downloads of one version share one build.
 */
export function createPabulibExport(deps: {
  db: Db;
  clock: Clock;
  areas: Pick<AreasPort, 'refs'>;
  build?: PabulibBuilder;
}) {
  const build = deps.build ?? buildPabulibInWorker;
  const cache = new Map<string, { etag: string; text: string }>();
  const building = new Map<string, Promise<string>>();
  let queue: Promise<unknown> = Promise.resolve();

  function remember(roundId: string, etag: string, text: string): void {
    cache.delete(roundId);
    cache.set(roundId, { etag, text });
    let chars = [...cache.values()].reduce((sum, entry) => sum + entry.text.length, 0);
    for (const [key, entry] of cache) {
      if (cache.size <= MAX_CACHED_FILES && chars <= MAX_CACHED_CHARS) break;
      if (key === roundId) continue;
      cache.delete(key);
      chars -= entry.text.length;
    }
  }

  /** One build at a time per instance, so parallel downloads of many rounds cannot pile up workers. */
  function enqueue(task: () => Promise<string>): Promise<string> {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    /** The round's current version (cheap), and the file itself only when asked for. */
    async current(roundId: string): Promise<{ etag: string; text(): Promise<string> } | undefined> {
      const round = await createRoundsRepository(deps.db).find(roundId);
      if (!round) return undefined;
      const areaIds = (await createRoundsRepository(deps.db).areaIdsOf([roundId])).get(roundId) ?? [];
      const refs = await deps.areas.refs(areaIds);
      const areaNames = areaIds.map((id) => refs.get(id)?.name ?? id);
      const projects = (await createProposalsRepository(deps.db).accepted(roundId)).map((row) => ({
        id: row.id,
        code: row.code,
        title: row.title,
        costCents: row.cost_cents ?? 0,
      }));
      const closed = phaseAt(round, deps.clock.now()) === 'results';
      const count = closed ? await createCountsRepository(deps.db).find(roundId) : undefined;
      const outcome =
        count?.status === 'done' && count.outcome_json ? (JSON.parse(count.outcome_json) as Outcome) : null;
      const counted = outcome
        ? { rule: outcome.rule, selectedCodes: outcome.funded.map((project) => project.code) }
        : undefined;
      const ballots = closed ? await createBallotsRepository(deps.db).countBySource(roundId) : null;
      const version = createHash('sha256')
        .update(JSON.stringify({ format: 1, round, areaNames, projects, closed, ballots, counted }))
        .digest('base64url');
      const etag = `"pb-${version.slice(0, 32)}"`;

      const text = async (): Promise<string> => {
        const cached = cache.get(roundId);
        if (cached?.etag === etag) return cached.text;
        const pending = building.get(etag);
        if (pending) return pending;
        const started = enqueue(async () => {
          const rows = closed ? await createBallotsRepository(deps.db).allOf(roundId) : [];
          pabulibExportStats.builds += 1;
          const built = await build({ round, areaNames, projects, ballots: rows, counted });
          remember(roundId, etag, built);
          return built;
        }).finally(() => building.delete(etag));
        building.set(etag, started);
        return started;
      };
      return { etag, text };
    },
  };
}
export type PabulibExport = ReturnType<typeof createPabulibExport>;
