import type { Role } from '../../../contracts/roles.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';

/** Where and how to mail an account: its address, language and name, and its home neighbourhood. */
export interface MailContact {
  email: string;
  locale: string;
  displayName: string;
  homeAreaId: string | null;
}

/** What other modules may ask the accounts module; they never read its tables. */
export interface AccountsPort {
  /** The caller behind a session (hashed token), or null when the session is unknown or expired. */
  findCaller(sessionId: string, now: Date): Promise<Caller | null>;
  /** Public display names; an erased account is named "Verwijderd account". Unknown ids are left out. */
  displayNames(accountIds: readonly string[]): Promise<Map<string, string>>;
  /** An account that exists and is not erased, by id or e-mail address (staff find a resident at the desk). */
  findActive(by: {
    accountId?: string | undefined;
    email?: string | undefined;
  }): Promise<{ id: string; displayName: string } | undefined>;
  /** The account's home neighbourhood now, read through `db` (pass the caller's transaction). */
  homeAreaOf(db: Db, accountId: string): Promise<string | null>;
  /** True when the account exists and is not erased. */
  isActive(accountId: string): Promise<boolean>;
  /** Sets the home neighbourhood inside the caller's transaction (verification proves where one lives). */
  setHomeArea(trx: Db, accountId: string, areaId: string): Promise<void>;
  /** Mail contacts of the active accounts among these (an erased account has no address), read through `db`. */
  mailContacts(db: Db, accountIds: readonly string[]): Promise<Map<string, MailContact>>;
  /** Active accounts holding this role for one of these areas, or for the whole municipality. */
  staffFor(role: Role, areaIds: readonly string[]): Promise<string[]>;
}
