import type { PersonalDataSource } from '../accounts/privacy.ts';
import { createFollowsRepository } from './calendar.repository.ts';

/**
 * The calendar's part of "download my data" and "delete my account" (docs/privacy.md): what the
 * person follows. Erasure deletes it — following is private, and nothing public rests on it.
 */
export const calendarPersonalData: PersonalDataSource = {
  name: 'calendar',
  async export(db, accountId) {
    const follows = await createFollowsRepository(db).allOf(accountId);
    return {
      follows: follows.map((row) => ({
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        followedAt: row.created_at,
      })),
    };
  },
  async erase(db, accountId) {
    await createFollowsRepository(db).deleteAllOf(accountId);
  },
};
