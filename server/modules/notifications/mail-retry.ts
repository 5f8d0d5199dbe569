/**
 * When the mail server does not take a mail: try again after 1, 2, 4, … minutes, at most six hours
 * apart, and give up after MAX_ATTEMPTS (about three days). A permanent refusal (an SMTP 5xx answer:
 * no such mailbox) is not retried.
 */
export const MAX_ATTEMPTS = 20;
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 60 * 60_000;

/** The wait after the n-th failed attempt (n ≥ 1). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

export interface SendFailure {
  /** Not worth trying this mail again. */
  permanent: boolean;
  /** The server itself is unreachable or refuses everything: stop this run, the other mails would fail too. */
  serverDown: boolean;
  text: string;
}

/** Reads a nodemailer error: `responseCode` is the SMTP answer, `code` the kind of failure. */
export function classifyFailure(error: unknown): SendFailure {
  const { responseCode, code, message } = (error ?? {}) as { responseCode?: number; code?: string; message?: string };
  const text = `${code ?? 'Error'}: ${message ?? String(error)}`.slice(0, 500);
  const permanent = typeof responseCode === 'number' && responseCode >= 500 && code !== 'EAUTH';
  const serverDown = typeof responseCode !== 'number' || responseCode === 421 || code === 'EAUTH';
  return { permanent, serverDown: serverDown && !permanent, text };
}
