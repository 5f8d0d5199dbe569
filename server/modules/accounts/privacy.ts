import type { Db } from '../../db/database.ts';

/** What an erased account is called, and what stands where its name or e-mail address stood. */
export const ERASED_NAME = 'Verwijderd account';

/** The erasure under way: who, as the account was just before it is blanked, and when. */
export interface Erasure {
  displayName: string;
  email: string | null;
  /** ISO time of the erasure, for anything it closes (an open help request, a future sign-up). */
  at: string;
}

/**
 * Each module that keeps personal data registers one source, so that "download my data" and
 * "delete my account" cover the whole platform without the accounts module knowing its tables.
 * What each source exports and erases, field by field: docs/privacy.md.
 */
export interface PersonalDataSource {
  name: string;
  /** Everything this module holds about the person. */
  export(db: Db, accountId: string): Promise<unknown>;
  /**
   * Erases what identifies the person: free text they wrote is blanked, private details go.
   * Public contributions stay under the anonymous account, their texts without the person's name
   * and e-mail address (`withoutPerson`). Runs inside the erasure transaction.
   */
  erase(db: Db, accountId: string, erasure: Erasure): Promise<void>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text that stays (a public contribution), with the person's display name and e-mail address
 * replaced by ERASED_NAME: whole words only, in any case. Names shorter than three characters are
 * left alone, since they would also match ordinary words.
 */
export function withoutPerson(text: string, person: Pick<Erasure, 'displayName' | 'email'>): string {
  let result = text;
  for (const needle of [person.email, person.displayName]) {
    const trimmed = needle?.trim() ?? '';
    if (trimmed.length < 3) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(trimmed)}(?![\\p{L}\\p{N}])`, 'giu');
    result = result.replace(pattern, ERASED_NAME);
  }
  return result;
}
