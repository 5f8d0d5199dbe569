import type { Db } from '../../db/database.ts';
import type { PersonalDataSource } from '../accounts/privacy.ts';
import type { VerificationService } from './verification.service.ts';
import { createVerificationRepository } from './verification.repository.ts';

/** Where and how a resident was verified, and their recent wrong code guesses (with IP address). */
export function verificationPersonalData(service: Pick<VerificationService, 'listMine'>): PersonalDataSource {
  return {
    name: 'verification',
    async export(db: Db, accountId: string) {
      const verifications = [];
      let cursor: string | undefined;
      do {
        const page = await service.listMine(accountId, 100, cursor);
        verifications.push(...page.items.map(({ accountId: _self, ...rest }) => rest));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const wrongCodeAttempts = await createVerificationRepository(db).attemptsOf(accountId);
      return { verifications, wrongCodeAttempts: wrongCodeAttempts.map((a) => ({ at: a.attempted_at, ip: a.ip })) };
    },
    async erase(db: Db, accountId: string) {
      await createVerificationRepository(db).eraseAccount(accountId);
    },
  };
}
