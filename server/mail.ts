import type { FastifyBaseLogger } from 'fastify';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** How the platform sends email. Without SMTP configured, mail is written to the server log. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function logMailer(log: Pick<FastifyBaseLogger, 'info'>): Mailer {
  return {
    send: async (mail) => {
      log.info(
        { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
        'mail (not sent: no SMTP configured)',
      );
    },
  };
}

/** Keeps mail in memory; the tests read the password-reset link from it. */
export function memoryMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return { sent, send: async (mail) => void sent.push(mail) };
}
