import { messages } from '../web/lib/i18n/messages.ts';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unsubscribeToken } from '../server/modules/notifications/unsubscribe-token.ts';
import { createAccount, formatViolations, seriousA11yViolations } from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();

/** Two notifications as the modules would leave them (the flows behind them have journeys of their own). */
async function notify(accountId: string): Promise<void> {
  const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const row = (kind: string, subjectType: string | null, message: string, minutes: number) => ({
    id: randomUUID(),
    account_id: accountId,
    kind,
    subject_type: subjectType,
    subject_id: subjectType ? randomUUID() : null,
    message,
    link: null,
    dedupe_key: null,
    channel: 'app' as const,
    in_app: 1,
    mail_due_at: null,
    mailed_at: null,
    expires_at: null,
    created_at: at(minutes),
    read_at: null,
  });
  await suite.server.db
    .insertInto('notifications')
    .values([
      row('initiatives.member.requested', 'initiative', 'Moestuin aan de Keizer Karelweg', 10),
      row('help.guardian.linked', null, 'You are now the guardian of a neighbour.', 5),
    ])
    .execute();
}

describe('the notification centre', () => {
  it('lists notifications from every module, marks one read and chooses e-mail per kind, by keyboard', async () => {
    const account = await createAccount(suite.server, { displayName: 'Mila Meldingen' });
    await notify(account.id);
    const page = await suite.open();
    await logIn(page, suite, account.email, account.password);

    // From the account menu to the centre.
    await page.getByRole('link', { name: nl.notifications.nav, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: nl.notifications.title }).waitFor();
    await page.getByText('Iemand wil meedoen', { exact: true }).waitFor();
    await page.getByText('Je kijkt nu mee voor een buur', { exact: true }).waitFor();
    const centre = await seriousA11yViolations(page, 'notification centre');
    expect(centre, formatViolations(centre)).toEqual([]);

    const markRead = page.getByRole('button', {
      name: new RegExp(`^${nl.notifications.markRead}\\s*: Iemand wil meedoen$`),
    });
    await markRead.focus();
    await page.keyboard.press('Enter');
    await markRead.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.ws-badge').count()).toBe(1);

    const unreadOnly = page.getByLabel(nl.notifications.onlyUnread);
    await unreadOnly.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText('Iemand wil meedoen', { exact: true }).count()).toBe(0);
    await page.getByText('Je kijkt nu mee voor een buur', { exact: true }).waitFor();

    // The settings: one select per kind, saved when it changes.
    await page.getByRole('link', { name: nl.notifications.preferencesLink }).click();
    await page.getByRole('heading', { level: 1, name: nl.notifications.preferences.title }).waitFor();
    const select = page.getByLabel('Iemand wil meedoen', { exact: true });
    await expect.poll(() => select.inputValue()).toBe('app');
    const settings = await seriousA11yViolations(page, 'notification settings');
    expect(settings, formatViolations(settings)).toEqual([]);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByText(nl.notifications.preferences.saved.replace('{{title}}', 'Iemand wil meedoen')).waitFor();
    const saved = await page.evaluate(async () => {
      const answer = (await (await fetch('/api/v1/notification-preferences')).json()) as {
        items: Array<{ kind: string; channel: string }>;
      };
      return answer.items.find((item) => item.kind === 'initiatives.member.requested')?.channel;
    });
    expect(saved).toBe('email');
    await page.getByText(nl.notifications.preferences.always).first().waitFor();
  });

  it('an unsubscribe link from a mail works without logging in, after one press of a button', async () => {
    const account = await createAccount(suite.server);
    const { secret } = await suite.server.db
      .selectFrom('notification_keys')
      .select('secret')
      .where('name', '=', 'unsubscribe')
      .executeTakeFirstOrThrow();
    await suite.server.db
      .insertInto('notification_preferences')
      .values({
        account_id: account.id,
        kind: 'initiatives.pledge.made',
        channel: 'daily',
        updated_at: new Date().toISOString(),
      })
      .execute();
    const token = unsubscribeToken(secret, { accountId: account.id, kinds: ['initiatives.pledge.made'] });

    const page = await suite.open();
    await page.goto(suite.url(`/afmelden?token=${encodeURIComponent(token)}`));
    await page.getByRole('heading', { level: 1, name: nl.notifications.unsubscribe.title }).waitFor();
    await page.getByText(/Nieuwe toezegging/).waitFor();
    const before = await seriousA11yViolations(page, 'unsubscribe');
    expect(before, formatViolations(before)).toEqual([]);
    const button = page.getByRole('button', { name: nl.notifications.unsubscribe.submit });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByText(nl.notifications.unsubscribe.done).waitFor();
    const row = await suite.server.db
      .selectFrom('notification_preferences')
      .select('channel')
      .where('account_id', '=', account.id)
      .where('kind', '=', 'initiatives.pledge.made')
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe('app');

    await page.goto(suite.url('/afmelden?token=not-a-token'));
    await page.getByText(nl.notifications.unsubscribe.invalid).waitFor();
  });
});
