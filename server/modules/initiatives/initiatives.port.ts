import { sql } from 'kysely';
import type { InitiativeStatus } from '../../../contracts/initiatives.ts';
import type { Db } from '../../db/database.ts';
import { createDatedItemsReader, type DatedItemsReader } from './dated-items.ts';

/** A subject of the activity log that belongs to an initiative: an activity, a need, a pledge or an update. */
export interface SubjectRef {
  type: string;
  id: string;
}

/** Content named for staff (the audit log): its own title, and the initiative it is or belongs to. */
export interface ContentTitle {
  /** The content's own title or name; null for a pledge, which has none. */
  title: string | null;
  initiativeId: string | null;
  initiativeTitle: string | null;
}

/** An initiative's own capacity, as the steering advice and a challenge's evidence read it. */
export interface InitiativeCapacity {
  initiativeId: string;
  /** Null when the initiative is hidden (moderation). */
  title: string | null;
  status: InitiativeStatus;
  primaryAreaId: string;
  areaIds: string[];
  /** Members with an active membership (organisers included). */
  activeMembers: number;
  /** Supports, each from a resident verified for a neighbourhood. */
  verifiedSupporters: number;
  /** Pledges made since the given moment (not withdrawn ones), and of those the ones delivered. */
  pledgesMade: number;
  pledgesKept: number;
  /** When it first became active (idea → active), or null while it is an idea. */
  activeSince: string | null;
  createdAt: string;
}

/**
 * What other modules may ask the initiatives module (the monitor above all): which initiative a
 * logged subject belongs to, and the public names of initiatives and organisations. Hidden ones
 * (moderation) have no name to give. Steering asks for capacity, organisers and partners.
 */
export interface InitiativesPort {
  /** `type:id` → initiative id, for the subjects that belong to one. */
  initiativesOf(subjects: readonly SubjectRef[]): Promise<Map<string, string>>;
  initiativeTitles(ids: readonly string[]): Promise<Map<string, string>>;
  organisationNames(ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * For staff reading the audit log: the titles of initiatives, needs, updates, activities, pledges
   * and organisations, hidden ones included (a moderator's record is about them). Keys are
   * `type:id`; subjects that do not exist (or are of another type) are left out.
   */
  contentTitles(subjects: readonly SubjectRef[]): Promise<Map<string, ContentTitle>>;
  /** Capacity of each initiative that exists; pledges counted from `since`. */
  capacityOf(ids: readonly string[], since: Date): Promise<Map<string, InitiativeCapacity>>;
  /** The accounts that run each initiative (initiator and organisers with an active membership). */
  organisersOf(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** The organisations with a confirmed partnership with this initiative. */
  partnersOf(initiativeId: string): Promise<string[]>;
  /** Of these updates, the ones moderation hid (the pictures module leaves their pictures out). */
  hiddenUpdates(ids: readonly string[]): Promise<Set<string>>;
  /** The calendar: public activities and dated needs, soonest first (dated-items.ts). */
  datedItems: DatedItemsReader['datedItems'];
  /** Following: public updates and planned activities of these initiatives, newest first. */
  news: DatedItemsReader['news'];
  /** The initiative's public title and areas; null when there is none or it is hidden. */
  publicInitiative: DatedItemsReader['publicInitiative'];
}

const CHUNK = 500;
const TABLES = {
  activity: 'initiative_activities',
  need: 'initiative_needs',
  pledge: 'initiative_pledges',
  update: 'initiative_updates',
} as const;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export function createInitiativesPort(db: Db): InitiativesPort {
  return {
    ...createDatedItemsReader(db),
    async initiativesOf(subjects) {
      const found = new Map<string, string>();
      for (const [type, table] of Object.entries(TABLES)) {
        const ids = [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
        for (const chunk of chunks(ids)) {
          const rows = await db.selectFrom(table).select(['id', 'initiative_id']).where('id', 'in', chunk).execute();
          for (const row of rows) found.set(`${type}:${row.id}`, row.initiative_id);
        }
      }
      return found;
    },
    async initiativeTitles(ids) {
      const titles = new Map<string, string>();
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await db
          .selectFrom('initiatives')
          .select(['id', 'title'])
          .where('id', 'in', chunk)
          .where('hidden_at', 'is', null)
          .execute();
        for (const row of rows) titles.set(row.id, row.title);
      }
      return titles;
    },
    async organisationNames(ids) {
      const names = new Map<string, string>();
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await db
          .selectFrom('organisations')
          .select(['id', 'name'])
          .where('id', 'in', chunk)
          .where('hidden_at', 'is', null)
          .execute();
        for (const row of rows) names.set(row.id, row.name);
      }
      return names;
    },
    async contentTitles(subjects) {
      const found = new Map<string, ContentTitle>();
      const idsOf = (type: string) => [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
      const belongsTo = new Map<string, { title: string | null; initiativeId: string }>();
      for (const type of ['need', 'update', 'activity'] as const) {
        const table = TABLES[type];
        for (const chunk of chunks(idsOf(type))) {
          const rows = await db
            .selectFrom(table)
            .select(['id', 'title', 'initiative_id'])
            .where('id', 'in', chunk)
            .execute();
          for (const row of rows)
            belongsTo.set(`${type}:${row.id}`, { title: row.title, initiativeId: row.initiative_id });
        }
      }
      for (const chunk of chunks(idsOf('pledge'))) {
        const rows = await db
          .selectFrom(TABLES.pledge)
          .select(['id', 'initiative_id'])
          .where('id', 'in', chunk)
          .execute();
        for (const row of rows) belongsTo.set(`pledge:${row.id}`, { title: null, initiativeId: row.initiative_id });
      }
      const initiativeIds = [
        ...new Set([...idsOf('initiative'), ...[...belongsTo.values()].map((b) => b.initiativeId)]),
      ];
      const initiativeTitles = new Map<string, string>();
      for (const chunk of chunks(initiativeIds)) {
        const rows = await db.selectFrom('initiatives').select(['id', 'title']).where('id', 'in', chunk).execute();
        for (const row of rows) initiativeTitles.set(row.id, row.title);
      }
      for (const id of idsOf('initiative')) {
        const title = initiativeTitles.get(id);
        if (title !== undefined) found.set(`initiative:${id}`, { title, initiativeId: id, initiativeTitle: title });
      }
      for (const [key, part] of belongsTo)
        found.set(key, {
          title: part.title,
          initiativeId: part.initiativeId,
          initiativeTitle: initiativeTitles.get(part.initiativeId) ?? null,
        });
      for (const chunk of chunks(idsOf('organisation'))) {
        const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', chunk).execute();
        for (const row of rows)
          found.set(`organisation:${row.id}`, { title: row.name, initiativeId: null, initiativeTitle: null });
      }
      return found;
    },
    async capacityOf(ids, since) {
      const found = new Map<string, InitiativeCapacity>();
      const from = since.toISOString();
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await db
          .selectFrom('initiatives as i')
          .select((eb) => [
            'i.id',
            'i.title',
            'i.hidden_at',
            'i.status',
            'i.primary_area_id',
            'i.support_count',
            'i.created_at',
            eb
              .selectFrom('initiative_members as m')
              .select(sql<number>`count(*)`.as('n'))
              .whereRef('m.initiative_id', '=', 'i.id')
              .where('m.status', '=', 'active')
              .as('active_members'),
            eb
              .selectFrom('initiative_pledges as p')
              .select(sql<number>`count(*)`.as('n'))
              .whereRef('p.initiative_id', '=', 'i.id')
              .where('p.status', '!=', 'withdrawn')
              .where('p.created_at', '>=', from)
              .as('pledges_made'),
            eb
              .selectFrom('initiative_pledges as p')
              .select(sql<number>`count(*)`.as('n'))
              .whereRef('p.initiative_id', '=', 'i.id')
              .where('p.status', '=', 'delivered')
              .where('p.created_at', '>=', from)
              .as('pledges_kept'),
            eb
              .selectFrom('initiative_status_changes as s')
              .select((s) => s.fn.min('s.changed_at').as('at'))
              .whereRef('s.initiative_id', '=', 'i.id')
              .where('s.to_status', '=', 'active')
              .as('active_since'),
          ])
          .where('i.id', 'in', chunk)
          .execute();
        const areas = await db
          .selectFrom('initiative_areas')
          .select(['initiative_id', 'area_id'])
          .where('initiative_id', 'in', chunk)
          .execute();
        for (const row of rows)
          found.set(row.id, {
            initiativeId: row.id,
            title: row.hidden_at ? null : row.title,
            status: row.status,
            primaryAreaId: row.primary_area_id,
            areaIds: areas.filter((a) => a.initiative_id === row.id).map((a) => a.area_id),
            activeMembers: Number(row.active_members ?? 0),
            verifiedSupporters: Number(row.support_count),
            pledgesMade: Number(row.pledges_made ?? 0),
            pledgesKept: Number(row.pledges_kept ?? 0),
            activeSince: row.active_since ?? (row.status === 'idea' ? null : row.created_at),
            createdAt: row.created_at,
          });
      }
      return found;
    },
    async organisersOf(ids) {
      const found = new Map<string, string[]>();
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await db
          .selectFrom('initiative_members')
          .select(['initiative_id', 'account_id'])
          .where('initiative_id', 'in', chunk)
          .where('status', '=', 'active')
          .where('role', 'in', ['initiator', 'organiser'])
          .where('account_id', 'is not', null)
          .execute();
        for (const row of rows)
          found.set(row.initiative_id, [...(found.get(row.initiative_id) ?? []), row.account_id!]);
      }
      return found;
    },
    async partnersOf(initiativeId) {
      const rows = await db
        .selectFrom('initiative_partners')
        .select('organisation_id')
        .where('initiative_id', '=', initiativeId)
        .where('status', '=', 'confirmed')
        .execute();
      return rows.map((row) => row.organisation_id);
    },
    async hiddenUpdates(ids) {
      const hidden = new Set<string>();
      for (const chunk of chunks([...new Set(ids)])) {
        const rows = await db
          .selectFrom('initiative_updates')
          .select('id')
          .where('id', 'in', chunk)
          .where('hidden_at', 'is not', null)
          .execute();
        for (const row of rows) hidden.add(row.id);
      }
      return hidden;
    },
  };
}
