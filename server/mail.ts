import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** How the platform sends email. Without SMTP configured, mail is kept unsent (see logMailer). */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * Without SMTP: notes in the log that a mail was kept unsent, to a masked address, with its subject.
 * Never the text: it can hold a live token (a password-reset link), and logs are kept and shared.
 */
export function logMailer(log: Pick<FastifyBaseLogger, 'info'>): Mailer {
  return {
    send: async (mail) => {
      log.info({ mail: { to: maskAddress(mail.to), subject: mail.subject } }, 'mail kept unsent: no SMTP configured');
    },
  };
}

/** `jan.jansen@example.nl` → `j***@example.nl`: enough to tell mails apart, not to read the address. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/** Keeps mail in memory; the tests read the password-reset link from it. */
export function memoryMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return { sent, send: async (mail) => void sent.push(mail) };
}
