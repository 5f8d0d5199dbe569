import type { PictureParentType, PictureSubjectType } from '../../../contracts/pictures.ts';
import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { PicturesTable } from './pictures.tables.ts';

/** All SQL of the pictures module. */
export function createPicturesRepository(db: Db) {
  return {
    insert: (row: PicturesTable) => db.insertInto('pictures').values(row).execute(),

    find: (id: string) =>
      db.selectFrom('pictures').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst(),

    async countFor(subjectType: PictureSubjectType, subjectId: string): Promise<number> {
      const row = await db
        .selectFrom('pictures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** A parent's pictures, oldest first (keyset on created_at, id); `limit + 1` rows. */
    listForParent(parentType: PictureParentType, parentId: string, limit: number, after: Keyset | undefined) {
      let query = db
        .selectFrom('pictures')
        .selectAll()
        .where('parent_type', '=', parentType)
        .where('parent_id', '=', parentId)
        .where('removed_at', 'is', null);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '>', String(after.sort)),
            eb.and([eb('created_at', '=', String(after.sort)), eb('id', '>', after.id)]),
          ]),
        );
      return query
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    changeAltText: (id: string, altText: string, at: string) =>
      db.updateTable('pictures').set({ alt_text: altText, updated_at: at }).where('id', '=', id).execute(),

    markRemoved: (ids: readonly string[], at: string) =>
      ids.length === 0
        ? Promise.resolve()
        : db
            .updateTable('pictures')
            .set({ removed_at: at })
            .where('id', 'in', [...ids])
            .execute(),

    /** Removed pictures whose files may still be in the store. */
    removed: (limit: number) =>
      db
        .selectFrom('pictures')
        .select('id')
        .where('removed_at', 'is not', null)
        .orderBy('removed_at')
        .limit(limit)
        .execute(),

    deleteRow: (id: string) => db.deleteFrom('pictures').where('id', '=', id).execute(),

    uploadedBy: (accountId: string) =>
      db
        .selectFrom('pictures')
        .selectAll()
        .where('uploaded_by', '=', accountId)
        .where('removed_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
  };
}

export type PicturesRepository = ReturnType<typeof createPicturesRepository>;
