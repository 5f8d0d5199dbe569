import type { PersonalDataSource } from '../accounts/privacy.ts';
import { createPicturesRepository } from './pictures.repository.ts';

/**
 * What the pictures module keeps about a person: the pictures they uploaded. A picture may show
 * the person or the people around them, and its alt text is their own words, so erasure removes
 * the pictures they uploaded (their files go with the `picture-files` job, within minutes).
 */
export const picturesPersonalData: PersonalDataSource = {
  name: 'pictures',
  async export(db, accountId) {
    const rows = await createPicturesRepository(db).uploadedBy(accountId);
    return {
      uploaded: rows.map((row) => ({
        id: row.id,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        altText: row.alt_text,
        width: row.width,
        height: row.height,
        createdAt: row.created_at,
      })),
    };
  },
  async erase(db, accountId, erasure) {
    const repo = createPicturesRepository(db);
    await repo.markRemoved(
      (await repo.uploadedBy(accountId)).map((row) => row.id),
      erasure.at,
    );
  },
};
