import { createContext, useContext } from 'react';
import type { Me } from '../../contracts/accounts.ts';
import type { Role } from '../../contracts/roles.ts';
import type { Locale } from '../lib/i18n/i18n.ts';

export interface Session {
  /** Null when nobody is logged in. */
  me: Me | null;
  /** False until the first GET /me has answered. */
  ready: boolean;
  /** After login, registration or any answer that returns Me. */
  signedIn(me: Me): void;
  signedOut(): void;
  refresh(): Promise<void>;
  /** Switches the language now, remembers it on this device and, when logged in, on the account. */
  switchLocale(locale: Locale): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> (see web/app/app.tsx)');
  return session;
}

/** Any grant of the role counts, whatever its area: area limits are for the server to apply. */
export function hasRole(me: Me | null, role: Role): boolean {
  if (!me) return false;
  if (role === 'resident') return true;
  return me.roles.some((grant) => grant.role === role);
}
