import { randomUUID } from 'node:crypto';
import type { Platform } from '../../platform/module.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { maskAddress } from '../../mail.ts';
import { createMailOutboxRepository } from './mail-outbox.repository.ts';
import { classifyFailure, MAX_ATTEMPTS, retryDelayMs } from './mail-retry.ts';
import type { MailTransport } from './smtp-transport.ts';

export interface MailSenderDeps {
  db: Db;
  /** Each claim runs from the moment it is made (a long run must not shorten the later claims). */
  clock: Clock;
  log: Platform['log'];
  /** Undefined without SMTP: then nothing is sent and mails stay in the outbox. */
  transport: MailTransport | undefined;
  from: string;
}

/** How long a claimed mail is this sender's: longer than the transport's timeouts together. */
const CLAIM_MS = 5 * 60_000;
const PER_RUN = 200;

export interface SendRun {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Sends what is due from the outbox, one claimed mail at a time. A mail is marked sent only after
 * the server took it; a failure puts it back with a later time (mail-retry.ts). When the server is
 * down the run stops, and this sender waits before it tries the server again, so one outage does
 * not spend the attempts of every mail. A process that dies mid-send leaves a claim that lapses:
 * the mail is sent again (the same Message-ID), never lost.
 */
export function createMailSender(deps: MailSenderDeps) {
  const outbox = createMailOutboxRepository(deps.db);
  let downStreak = 0;
  let pausedUntil = 0;

  return {
    async send(now: Date): Promise<SendRun> {
      const run: SendRun = { sent: 0, retrying: 0, failed: 0 };
      const nowIso = now.toISOString();
      await outbox.expire(nowIso);
      if (!deps.transport || now.getTime() < pausedUntil) return run;
      const token = randomUUID();
      for (let i = 0; i < PER_RUN; i++) {
        const claimedAt = Math.max(now.getTime(), deps.clock.now().getTime());
        const mail = await outbox.claimNext({ token, nowIso, untilIso: new Date(claimedAt + CLAIM_MS).toISOString() });
        if (!mail) break;
        if (mail.expires_at !== null && mail.expires_at <= nowIso) {
          await outbox.finish(mail.id, token, { status: 'expired', text_body: null, html_body: null });
          continue;
        }
        try {
          await deps.transport.send({
            from: deps.from,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.text_body ?? '',
            html: mail.html_body ?? '',
            headers: JSON.parse(mail.headers_json) as Record<string, string>,
            messageId: mail.message_id,
          });
        } catch (error) {
          const failure = classifyFailure(error);
          const giveUp = failure.permanent || mail.attempts >= MAX_ATTEMPTS;
          await outbox.finish(
            mail.id,
            token,
            giveUp
              ? { status: 'failed', last_error: failure.text }
              : {
                  status: 'queued',
                  next_attempt_at: new Date(now.getTime() + retryDelayMs(mail.attempts)).toISOString(),
                  last_error: failure.text,
                },
          );
          deps.log.warn(
            { mail: { id: mail.id, to: maskAddress(mail.to_address), attempts: mail.attempts }, error: failure.text },
            giveUp ? 'mail not sent: gave up' : 'mail not sent: will try again',
          );
          if (giveUp) run.failed += 1;
          else run.retrying += 1;
          if (failure.serverDown) {
            downStreak += 1;
            pausedUntil = now.getTime() + retryDelayMs(downStreak);
            break;
          }
          continue;
        }
        downStreak = 0;
        // The outbox keeps that it went out, not what it said.
        const marked = await outbox.finish(mail.id, token, {
          status: 'sent',
          sent_at: nowIso,
          last_error: null,
          text_body: null,
          html_body: null,
        });
        if (!marked) deps.log.warn({ mail: { id: mail.id } }, 'mail sent after its claim lapsed: it may go out twice');
        run.sent += 1;
      }
      if (run.sent > 0) deps.log.info({ sent: run.sent }, 'mail sent');
      return run;
    },
  };
}
export type MailSender = ReturnType<typeof createMailSender>;
