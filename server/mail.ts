/**
 * How the platform reaches a mail server (README, "Configuration"). Every mail goes through the
 * outbox of the notifications module; its job hands them to the SMTP server configured here. Without
 * SMTP, mails stay in the outbox, where administrators see them.
 */

/** `starttls`: upgrade with STARTTLS and refuse to send without it; `implicit`: TLS from the first byte (port 465); `none`: plain, for a relay on this machine. */
export type SmtpTls = 'starttls' | 'implicit' | 'none';

export interface SmtpSettings {
  host: string;
  port: number;
  tls: SmtpTls;
  user: string | undefined;
  password: string | undefined;
}

export interface MailSettings {
  /** Null: no mail server; mails are kept in the outbox. */
  smtp: SmtpSettings | null;
  /** The sender, e.g. `Gemeente Wakkerdam <noreply@wakkerestad.gemeente.nl>`. */
  from: string;
}

export const DEFAULT_MAIL_SETTINGS: MailSettings = { smtp: null, from: 'Wakkere Stad <noreply@localhost>' };

const TLS_MODES: readonly SmtpTls[] = ['starttls', 'implicit', 'none'];

/**
 * SMTP_URL (`smtp://user:password@host:587`, `smtps://host:465`) or SMTP_HOST with SMTP_PORT,
 * SMTP_USER, SMTP_PASSWORD and SMTP_TLS; MAIL_FROM. Problems are returned, not thrown, so the
 * configuration names all of them at once.
 */
export function parseMailSettings(
  env: NodeJS.ProcessEnv,
  publicUrl: string | undefined,
): { mail: MailSettings; problems: string[] } {
  const problems: string[] = [];
  const tlsText = env.SMTP_TLS?.trim();
  if (tlsText && !TLS_MODES.includes(tlsText as SmtpTls))
    problems.push(`SMTP_TLS: one of ${TLS_MODES.join(', ')}, not "${tlsText}"`);
  let smtp: SmtpSettings | null = null;
  if (env.SMTP_URL && env.SMTP_HOST) problems.push('SMTP_URL and SMTP_HOST: set one of them, not both');
  else if (env.SMTP_URL) smtp = fromUrl(env.SMTP_URL, tlsText as SmtpTls | undefined, problems);
  else if (env.SMTP_HOST) {
    const tls = (tlsText as SmtpTls | undefined) ?? (env.SMTP_PORT === '465' ? 'implicit' : 'starttls');
    smtp = {
      host: env.SMTP_HOST,
      port: portOf(env.SMTP_PORT, tls, problems),
      tls,
      user: env.SMTP_USER || undefined,
      password: env.SMTP_PASSWORD || undefined,
    };
  }
  if (smtp && (smtp.user === undefined) !== (smtp.password === undefined))
    problems.push('SMTP_USER and SMTP_PASSWORD: set both or neither');
  const from =
    env.MAIL_FROM?.trim() || `Wakkere Stad <noreply@${publicUrl ? new URL(publicUrl).hostname : 'localhost'}>`;
  if (!/@[^\s@>]+>?$/.test(from)) problems.push(`MAIL_FROM: an address such as "Gemeente <noreply@gemeente.nl>"`);
  return { mail: { smtp, from }, problems };
}

function fromUrl(text: string, tlsOverride: SmtpTls | undefined, problems: string[]): SmtpSettings | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push('SMTP_URL: not a URL (smtp://user:password@host:587 or smtps://host:465)');
    return null;
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    problems.push('SMTP_URL: starts with smtp:// or smtps://');
    return null;
  }
  const tls = tlsOverride ?? (url.protocol === 'smtps:' ? 'implicit' : 'starttls');
  return {
    host: url.hostname,
    port: portOf(url.port || undefined, tls, problems),
    tls,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
  };
}

function portOf(text: string | undefined, tls: SmtpTls, problems: string[]): number {
  if (!text) return tls === 'implicit' ? 465 : 587;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`SMTP port: 1 to 65535, not "${text}"`);
  return port;
}

/** `jan.jansen@example.nl` → `j***@example.nl`: enough to tell mails apart, not to read the address. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
