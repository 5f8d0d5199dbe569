import type { Role } from '../../../contracts/roles.ts';

export interface AccountsTable {
  id: string;
  email: string | null;
  password_hash: string | null;
  display_name: string;
  locale: string;
  created_at: string;
  password_changed_at: string | null;
  /** Set when the resident erased their account: personal fields are blanked, the id stays. */
  erased_at: string | null;
  /** The resident's own neighbourhood (buurt), chosen by them or set by verification; never an address. */
  home_area_id: string | null;
}

export interface RoleAssignmentsTable {
  id: string;
  account_id: string;
  role: Role;
  /** Null means the whole municipality. */
  area_id: string | null;
  granted_by: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token, so a database leak does not hand out sessions. */
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface PasswordResetsTable {
  /** SHA-256 of the emailed token. */
  id: string;
  account_id: string;
  expires_at: string;
  used_at: string | null;
}

/**
 * Log-in attempts per e-mail address, whether or not an account uses it (login-throttle.ts). The key
 * is a hash of the normalised address; a row is forgotten a day after its last attempt.
 */
export interface LoginThrottlesTable {
  key: string;
  /** Attempts since the count was last forgotten or reset (by a successful log-in or password reset). */
  attempts: number;
  last_attempt_at: string;
  /** Attempts before this time are refused (429), whatever the password. */
  locked_until: string | null;
}

export interface AccountsTables {
  password_resets: PasswordResetsTable;
  accounts: AccountsTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  login_throttles: LoginThrottlesTable;
}
