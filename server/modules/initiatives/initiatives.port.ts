import type { Db } from '../../db/database.ts';

/** A subject of the activity log that belongs to an initiative: an activity, a need, a pledge or an update. */
export interface SubjectRef {
  type: string;
  id: string;
}

/**
 * What other modules may ask the initiatives module (the monitor above all): which initiative a
 * logged subject belongs to, and the public names of initiatives and organisations. Hidden ones
 * (moderation) have no name to give.
 */
export interface InitiativesPort {
  /** `type:id` → initiative id, for the subjects that belong to one. */
  initiativesOf(subjects: readonly SubjectRef[]): Promise<Map<string, string>>;
  initiativeTitles(ids: readonly string[]): Promise<Map<string, string>>;
  organisationNames(ids: readonly string[]): Promise<Map<string, string>>;
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
  };
}
