import type { Domain } from '../../../../contracts/initiatives.ts';
import { actorKindOfRow } from '../../activity/activity-verbs.ts';
import type { ActivityLogTable } from '../../activity/activity.tables.ts';
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
  OrganisationMembersTable,
  OrganisationsTable,
  PledgesTable,
  ResponseDutiesTable,
} from '../initiatives.tables.ts';

/** Everything the demo step writes, gathered first and inserted in bulk at the end. */
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
  organisations: OrganisationsTable[];
  organisationMembers: OrganisationMembersTable[];
  partners: InitiativePartnersTable[];
  activity: ActivityLogTable[];
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
    organisations: [],
    organisationMembers: [],
    partners: [],
    activity: [],
  };
}

export const HIDDEN = { hidden_at: null, hidden_by: null, hidden_reason: null } as const;
export const DAY = 86_400_000;

/** Helpers shared by the demo builders: ids, time and the activity log, in one place. */
export interface DemoTools {
  random: Random;
  id: () => string;
  asOf: number;
  at: (ms: number) => string;
  rows: DemoRows;
  event(
    verb: string,
    actorId: string | null,
    subject: { type: string; id: string },
    areaId: string | null,
    domain: Domain | null,
    at: string,
    extra?: Partial<ActivityLogTable>,
  ): void;
}

export function demoTools(random: Random, id: () => string, asOf: Date, rows: DemoRows): DemoTools {
  return {
    random,
    id,
    asOf: asOf.getTime(),
    at: (ms) => new Date(Math.min(ms, asOf.getTime() - 60_000)).toISOString(),
    rows,
    event(verb, actorId, subject, areaId, domain, at, extra = {}) {
      {
        const row = {
          id: id(),
          verb,
          actor_id: actorId,
          organisation_id: null,
          on_behalf_of_id: null,
          subject_type: subject.type,
          subject_id: subject.id,
          area_id: areaId,
          domain,
          hours: null,
          amount_cents: null,
          occurred_at: at,
          counterpart_id: null,
          actor_area_id: null,
          ...extra,
        };
        rows.activity.push({
          ...row,
          actor_kind: extra.actor_kind ?? actorKindOfRow(row),
          recorded_at: row.occurred_at,
        });
      }
    },
  };
}

/** `count` distinct items, in random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(random.int(0, pool.length), 1)[0]!);
  return out;
}
