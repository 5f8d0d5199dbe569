import type { Db } from '../../db/database.ts';
import { withoutPerson, type Erasure } from '../accounts/privacy.ts';

type Person = Pick<Erasure, 'displayName' | 'email'>;

/** The changed text columns of one row once the person's name and address are taken out, or null. */
function scrubbed<R, K extends keyof R>(row: R, columns: readonly K[], person: Person): Partial<Pick<R, K>> | null {
  const changes: Partial<Pick<R, K>> = {};
  for (const column of columns) {
    const value = row[column];
    if (typeof value !== 'string') continue;
    const clean = withoutPerson(value, person);
    if (clean !== value) Object.assign(changes, { [column]: clean });
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

/**
 * The public texts a person wrote in initiatives — initiatives they started, updates, needs,
 * activities, organisations, status changes with their reasons, the municipality's responses — for
 * "download my data", and their anonymisation on erasure. Other SQL of the module stays in its
 * own repositories; this is the one place that reads every authored text column at once.
 */
export function createPersonalDataRepository(db: Db) {
  return {
    async authoredBy(accountId: string) {
      const [initiatives, updates, needs, activities, organisations, statusChanges, responses] = await Promise.all([
        db
          .selectFrom('initiatives')
          .select(['id', 'title', 'summary', 'description', 'status', 'stop_reason', 'created_at'])
          .where('created_by', '=', accountId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('initiative_updates')
          .select(['id', 'initiative_id', 'title', 'body', 'created_at'])
          .where('author_id', '=', accountId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('initiative_needs')
          .select(['id', 'initiative_id', 'kind', 'title', 'description', 'unit', 'created_at'])
          .where('created_by', '=', accountId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('initiative_activities')
          .select(['id', 'initiative_id', 'title', 'description', 'place', 'starts_at', 'created_at'])
          .where('created_by', '=', accountId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('organisations')
          .select(['id', 'name', 'kind', 'description', 'website', 'created_at'])
          .where('created_by', '=', accountId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('initiative_status_changes')
          .select(['initiative_id', 'from_status', 'to_status', 'reason', 'changed_at'])
          .where('changed_by', '=', accountId)
          .orderBy('changed_at')
          .execute(),
        db
          .selectFrom('initiative_response_duties')
          .select(['initiative_id', 'response_text', 'responded_at'])
          .where('responded_by', '=', accountId)
          .orderBy('responded_at')
          .execute(),
      ]);
      return { initiatives, updates, needs, activities, organisations, statusChanges, responses };
    },

    /**
     * Takes the person's name and e-mail address out of every public text they wrote; returns the
     * initiatives and organisations whose searchable words changed, and every subject touched.
     */
    async anonymiseAuthoredBy(accountId: string, person: Person) {
      const initiativesChanged: string[] = [];
      const organisationsChanged: string[] = [];
      const subjects: string[] = [];
      for (const row of await db
        .selectFrom('initiatives')
        .select(['id', 'title', 'summary', 'description', 'stop_reason'])
        .where('created_by', '=', accountId)
        .execute()) {
        subjects.push(row.id);
        const changes = scrubbed(row, ['title', 'summary', 'description', 'stop_reason'] as const, person);
        if (!changes) continue;
        await db.updateTable('initiatives').set(changes).where('id', '=', row.id).execute();
        initiativesChanged.push(row.id);
      }
      for (const row of await db
        .selectFrom('initiative_updates')
        .select(['id', 'title', 'body'])
        .where('author_id', '=', accountId)
        .execute()) {
        subjects.push(row.id);
        const changes = scrubbed(row, ['title', 'body'] as const, person);
        if (changes) await db.updateTable('initiative_updates').set(changes).where('id', '=', row.id).execute();
      }
      for (const row of await db
        .selectFrom('initiative_needs')
        .select(['id', 'title', 'description', 'unit'])
        .where('created_by', '=', accountId)
        .execute()) {
        subjects.push(row.id);
        const changes = scrubbed(row, ['title', 'description', 'unit'] as const, person);
        if (changes) await db.updateTable('initiative_needs').set(changes).where('id', '=', row.id).execute();
      }
      for (const row of await db
        .selectFrom('initiative_activities')
        .select(['id', 'title', 'description', 'place'])
        .where('created_by', '=', accountId)
        .execute()) {
        subjects.push(row.id);
        const changes = scrubbed(row, ['title', 'description', 'place'] as const, person);
        if (changes) await db.updateTable('initiative_activities').set(changes).where('id', '=', row.id).execute();
      }
      for (const row of await db
        .selectFrom('organisations')
        .select(['id', 'name', 'description', 'website'])
        .where('created_by', '=', accountId)
        .execute()) {
        subjects.push(row.id);
        const changes = scrubbed(row, ['name', 'description', 'website'] as const, person);
        if (!changes) continue;
        await db.updateTable('organisations').set(changes).where('id', '=', row.id).execute();
        organisationsChanged.push(row.id);
      }
      for (const row of await db
        .selectFrom('initiative_status_changes')
        .select(['id', 'reason'])
        .where('changed_by', '=', accountId)
        .execute()) {
        const changes = scrubbed(row, ['reason'] as const, person);
        if (changes) await db.updateTable('initiative_status_changes').set(changes).where('id', '=', row.id).execute();
      }
      for (const row of await db
        .selectFrom('initiative_response_duties')
        .select(['initiative_id', 'response_text'])
        .where('responded_by', '=', accountId)
        .execute()) {
        const changes = scrubbed(row, ['response_text'] as const, person);
        if (changes)
          await db
            .updateTable('initiative_response_duties')
            .set(changes)
            .where('initiative_id', '=', row.initiative_id)
            .execute();
      }
      return { initiativesChanged, organisationsChanged, subjects };
    },

    /** The explanation of a content report is the reporter's own words; the report itself stays for moderation. */
    async blankReportExplanationsOf(accountId: string): Promise<void> {
      await db
        .updateTable('initiative_reports')
        .set({ explanation: '' })
        .where('reporter_id', '=', accountId)
        .execute();
    },
  };
}
