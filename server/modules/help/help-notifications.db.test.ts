import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { helpWorld, offerHelp, postRequest, type HelpWorld } from '../../../test/support/help.ts';
import { helpNotificationKinds } from './help.notification-kinds.ts';

/**
 * What neighbourhood help tells people is a kind (its title and mail intro in the reader's
 * language) and the request's title, in no language: a Dutch reader never gets an English sentence
 * under a Dutch title, and no helper's name is kept in someone else's notifications.
 */
let t: TestContext;
let world: HelpWorld;
let asker: TestClient;
let helper: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  world = await helpWorld(t);
  asker = await signUp(t, { displayName: 'Anna Vraagt' });
  helper = await signUp(t, { displayName: 'Henk Helpt' });
});
afterAll(async () => {
  await t.close();
});

interface Listed {
  kind: string;
  message: string;
  title: { nl: string; en: string };
}
const notes = async (client: TestClient) => (await client.get('/api/v1/notifications')).json().items as Listed[];

describe('help notifications', () => {
  test('carry the kind and the request’s title, never an English sentence or a name', async () => {
    const requestId = await postRequest(asker, world.west);
    await offerHelp(helper, [world.west]);
    const invited = await asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: helper.accountId });
    expect(invited.statusCode, invited.body).toBe(201);
    const invitationId = (await helper.get('/api/v1/help-invitations')).json().items[0].id as string;
    await helper.post(`/api/v1/help-invitations/${invitationId}/answer`, { answer: 'accept' });
    const closed = await asker.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'yes', hours: 2 });
    expect(closed.statusCode, closed.body).toBe(200);

    const all = [...(await notes(helper)), ...(await notes(asker))].filter((n) => n.kind.startsWith('help.'));
    expect(all.map((n) => n.kind).sort()).toEqual([
      'help.invitation.accepted',
      'help.invitation.new',
      'help.request.closed',
    ]);
    for (const note of all) {
      expect(note.message).toBe('Boodschappen doen');
      expect(note.title.nl).not.toBe(note.title.en);
    }
  });

  test('every kind has a title, and any mail intro, in Dutch and in English', () => {
    for (const kind of helpNotificationKinds.kinds) {
      expect(kind.title.nl && kind.title.en, kind.kind).toBeTruthy();
      if (kind.intro) expect(kind.intro.nl && kind.intro.en, kind.kind).toBeTruthy();
    }
  });

  test('the mail is in the reader’s language: title, request title and intro, no English under Dutch', async () => {
    const mails = await t.db
      .selectFrom('notifications')
      .select(['kind', 'message'])
      .where('kind', 'like', 'help.%')
      .execute();
    for (const mail of mails) expect(mail.message).not.toMatch(/will help|was closed|You are|Thank you|hour\(s\)/);
  });
});
