import type { Transporter } from 'nodemailer';
import type { SmtpSettings } from '../../mail.ts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
}

/** Hands one mail to the mail server; throws nodemailer's error (with `responseCode`) when it is not taken. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer. STARTTLS is required unless the settings say `none` (a relay on this
 * machine); certificates are always checked. Short timeouts: a mail server that hangs costs one
 * attempt of one mail, and the mail's claim in the outbox (five minutes) outlasts any send.
 * nodemailer (a large package) loads with the first mail, not at start-up.
 */
export function createSmtpTransport(smtp: SmtpSettings): MailTransport {
  let transporter: Promise<Transporter> | undefined;
  const open = async (): Promise<Transporter> => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.tls === 'implicit',
      requireTLS: smtp.tls === 'starttls',
      ignoreTLS: smtp.tls === 'none',
      ...(smtp.user !== undefined ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
      connectionTimeout: 20_000,
      greetingTimeout: 20_000,
      socketTimeout: 60_000,
    });
  };
  return {
    async send(mail) {
      transporter ??= open();
      await (
        await transporter
      ).sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: mail.messageId,
      });
    },
    close: () =>
      void transporter?.then(
        (opened) => opened.close(),
        () => undefined,
      ),
  };
}
