/**
 * The server's `ws_signed_in` cookie (server/modules/accounts/session-cookie.ts): set beside the
 * session cookie, which scripts cannot read. Without it nobody is logged in in this browser, so
 * the app does not ask GET /me, and an anonymous visit logs no 401 in the console.
 */
const NAME = 'ws_signed_in';

export function maybeSignedIn(): boolean {
  return document.cookie.split(';').some((part) => part.trim().startsWith(`${NAME}=`));
}

/** After a 401 (the session ended or expired): the next visit starts logged out without asking. */
export function forgetSignedIn(): void {
  document.cookie = `${NAME}=; Max-Age=0; Path=/; SameSite=Lax`;
}
