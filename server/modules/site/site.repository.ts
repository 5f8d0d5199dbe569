import type { SitePageSlug } from '../../../contracts/site.ts';
import type { Db } from '../../db/database.ts';
import type { SiteIdentityTable, SitePagesTable } from './site.tables.ts';

export const IDENTITY_ROW = 'site';

export function createSiteRepository(db: Db) {
  return {
    async identity(): Promise<SiteIdentityTable | undefined> {
      return db.selectFrom('site_identity').selectAll().where('id', '=', IDENTITY_ROW).executeTakeFirst();
    },

    /** Writes the whole row; `version` is the caller's, one past the row it read. */
    async saveIdentity(row: SiteIdentityTable): Promise<void> {
      const { id: _id, ...rest } = row;
      await db
        .insertInto('site_identity')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(rest))
        .execute();
    },

    async page(slug: SitePageSlug): Promise<SitePagesTable | undefined> {
      return db.selectFrom('site_pages').selectAll().where('slug', '=', slug).executeTakeFirst();
    },

    async savePage(row: SitePagesTable): Promise<void> {
      await db
        .insertInto('site_pages')
        .values(row)
        .onConflict((oc) =>
          oc.column('slug').doUpdateSet({ title: row.title, body: row.body, updated_at: row.updated_at }),
        )
        .execute();
    },
  };
}
