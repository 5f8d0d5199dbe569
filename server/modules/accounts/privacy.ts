import type { Db } from '../../db/database.ts';

/**
 * Each module that keeps personal data registers one source, so that "download my data" and
 * "delete my account" cover the whole platform without the accounts module knowing its tables.
 */
export interface PersonalDataSource {
  name: string;
  export(db: Db, accountId: string): Promise<unknown>;
  /** Erase personal details; keep public contributions, anonymised. Runs inside the erasure transaction. */
  erase(db: Db, accountId: string): Promise<void>;
}
