import type { Domain } from '../../../../contracts/initiatives.ts';
import type { ActivityVerb } from '../../activity/activity-verbs.ts';
import type { DemoEvent } from '../../../platform/demo/activity-log.ts';
import { DAY, HOUR, type DemoCalendar } from '../../../platform/demo/calendar.ts';
import type { DemoContext } from '../../../platform/demo/generator.ts';
import type { Random } from '../../../platform/demo/random.ts';
import type {
  ActivitySignUpsTable,
  InitiativeActivitiesTable,
  InitiativeAreasTable,
  InitiativeMembersTable,
  InitiativeNeedsTable,
  InitiativePartnersTable,
  InitiativeSearchTermsTable,
  InitiativeStatusChangesTable,
  InitiativeSupportsTable,
  InitiativeUpdatesTable,
  InitiativesTable,
  PledgesTable,
  ResponseDutiesTable,
} from '../initiatives.tables.ts';

/** Everything the demo step writes, gathered and inserted in bulk a few hundred initiatives at a time. */
export interface DemoRows {
  initiatives: InitiativesTable[];
  areas: InitiativeAreasTable[];
  terms: InitiativeSearchTermsTable[];
  changes: InitiativeStatusChangesTable[];
  members: InitiativeMembersTable[];
  needs: InitiativeNeedsTable[];
  pledges: PledgesTable[];
  updates: InitiativeUpdatesTable[];
  activities: InitiativeActivitiesTable[];
  signUps: ActivitySignUpsTable[];
  supports: InitiativeSupportsTable[];
  duties: ResponseDutiesTable[];
  partners: InitiativePartnersTable[];
}

export function emptyRows(): DemoRows {
  return {
    initiatives: [],
    areas: [],
    terms: [],
    changes: [],
    members: [],
    needs: [],
    pledges: [],
    updates: [],
    activities: [],
    signUps: [],
    supports: [],
    duties: [],
    partners: [],
  };
}

export const HIDDEN = { hidden_at: null, hidden_by: null, hidden_reason: null } as const;
export { DAY, HOUR };

/** Helpers shared by the demo builders: ids, time and the activity log, in one place. */
export interface DemoTools {
  random: Random;
  /** An independent stream, e.g. per activity series, so one part's draws do not shift another's. */
  stream: (name: string) => Random;
  id: () => string;
  asOf: number;
  calendar: DemoCalendar;
  /** The activity multiplier: how many copies of each activity series run. */
  multiplier: number;
  /** True when `ms` lies before asOf: only then did it happen. */
  happened: (ms: number) => boolean;
  iso: (ms: number) => string;
  rows: DemoRows;
  event(
    verb: ActivityVerb,
    actorId: string | null,
    subject: { type: string; id: string },
    areaId: string | null,
    domain: Domain | null,
    at: number,
    extra?: Partial<Omit<DemoEvent, 'verb' | 'actorId' | 'subjectType' | 'subjectId' | 'areaId' | 'domain' | 'at'>>,
  ): void;
}

export function demoTools(context: DemoContext, random: Random, id: () => string, rows: DemoRows): DemoTools {
  const asOf = context.options.asOf.getTime();
  return {
    random,
    stream: (name) => context.random(`initiatives/${name}`),
    id,
    asOf,
    calendar: context.calendar,
    multiplier: context.multiplier,
    happened: (ms) => ms < asOf,
    iso: (ms) => new Date(ms).toISOString(),
    rows,
    event(verb, actorId, subject, areaId, domain, at, extra = {}) {
      context.activity.record({
        verb,
        actorId,
        subjectType: subject.type,
        subjectId: subject.id,
        areaId,
        domain,
        at,
        ...extra,
      });
    },
  };
}

/** `count` distinct items, in random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const n = Math.min(count, items.length);
  if (n * 4 < items.length) {
    // Few from many (a neighbourhood's residents): draw indices, skipping repeats, without copying.
    const seen = new Set<number>();
    const out: T[] = [];
    while (out.length < n) {
      const i = random.int(0, items.length);
      if (seen.has(i)) continue;
      seen.add(i);
      out.push(items[i]!);
    }
    return out;
  }
  const pool = [...items];
  for (let i = 0; i < n; i++) {
    const j = random.int(i, pool.length);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}
