import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { createSafetyRepository } from './safety/safety.repository.ts';

/**
 * In-app notifications (kept in the database, so every app instance sees them). Texts hold no
 * address or phone number: those are read through the contact endpoint, which checks who asks.
 */
export function createNotifier({ clock, ids }: { clock: Clock; ids: IdGenerator }) {
  return async (
    db: Db,
    accountIds: readonly string[],
    kind: string,
    requestId: string | null,
    text: string,
  ): Promise<void> => {
    const at = clock.now().toISOString();
    await createSafetyRepository(db).insertNotifications(
      [...new Set(accountIds)].map((accountId) => ({
        id: ids(),
        account_id: accountId,
        kind,
        request_id: requestId,
        text,
        created_at: at,
        read_at: null,
      })),
    );
  };
}
export type Notifier = ReturnType<typeof createNotifier>;
