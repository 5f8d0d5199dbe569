import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Picture } from '../../../contracts/pictures.ts';
import { budgetWorld, type BudgetWorld } from '../../../test/support/budgeting.ts';
import { closeTestApp, startInitiative, type World } from '../../../test/support/initiatives.ts';
import { multipartBody, phonePhotoWithGps, pngPicture } from '../../../test/support/pictures.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { picturesPersonalData } from './pictures.privacy.ts';

const MAX_BYTES = 400_000;
let directory: string;
let t: TestContext;
let budget: BudgetWorld;
let world: World;
let organiser: TestClient;
let resident: TestClient;
let moderatorHere: TestClient;
let moderatorElsewhere: TestClient;
let anonymous: TestClient;
let initiativeId: string;
let photo: Buffer;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'ws-pictures-'));
  t = await createTestApp({ pictures: { directory, maxBytes: MAX_BYTES } });
  budget = await budgetWorld(t);
  world = {
    t,
    idOf: budget.idOf,
    civilServant: budget.officer,
    west: budget.buurt,
    oost: budget.idOf('BU03620102'),
    other: budget.otherBuurt,
  };
  organiser = await signUp(t, { displayName: 'Organisator Olga' });
  resident = await signUp(t, { displayName: 'Buurman Bert' });
  moderatorHere = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.west }] });
  moderatorElsewhere = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.other }] });
  anonymous = new TestClient(t.app);
  initiativeId = (await startInitiative(world, organiser)).id;
  photo = await phonePhotoWithGps();
});
afterAll(async () => {
  await closeTestApp(t);
  rmSync(directory, { recursive: true, force: true });
});

function upload(
  client: TestClient,
  fields: Record<string, string>,
  file: { name: string; type: string; bytes: Buffer } | null = { name: 'tuin.jpg', type: 'image/jpeg', bytes: photo },
) {
  const body = multipartBody(fields, file ?? undefined);
  return client.request('POST', '/api/v1/pictures', body.payload, { 'content-type': body.contentType });
}
const onInitiative = (altText = 'De moestuin in het voorjaar, met bloeiende bonen.') => ({
  subjectType: 'initiative',
  subjectId: initiativeId,
  altText,
});

describe('uploading to an initiative', () => {
  let picture: Picture;

  test('an organiser uploads a phone photo: it is resized, served with long caching and without its GPS location', async () => {
    const response = await upload(organiser, onInitiative());
    expect(response.statusCode, response.body).toBe(201);
    picture = response.json<Picture>();
    expect(picture).toMatchObject({ subjectType: 'initiative', width: 1600, height: 1000, mayChange: true });
    expect(picture.files.webp.map((f) => f.width)).toEqual([400, 1200]);
    expect(picture.files.jpeg.map((f) => f.url)).toEqual([
      `/media/pictures/${picture.id}/400.jpg`,
      `/media/pictures/${picture.id}/1200.jpg`,
    ]);

    const file = await anonymous.get(picture.files.webp[0]!.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(file.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 400, 250, undefined]);

    const jpeg = await anonymous.get(picture.files.jpeg[1]!.url);
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(jpeg.rawPayload).metadata()).exif).toBeUndefined();
    expect(jpeg.rawPayload.includes(Buffer.from('TestPhone'))).toBe(false);
  });

  test('everyone sees the pictures of an initiative; only those who may change them are told so', async () => {
    const seen = await anonymous.get(`/api/v1/pictures?initiativeId=${initiativeId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toMatchObject([{ id: picture.id, altText: picture.altText, mayChange: false }]);
    expect((await organiser.get(`/api/v1/pictures?initiativeId=${initiativeId}`)).json().items[0].mayChange).toBe(true);
    expect((await anonymous.get('/api/v1/pictures')).statusCode).toBe(400);
    expect((await anonymous.get('/api/v1/pictures?initiativeId=nope')).statusCode).toBe(404);
    expect((await anonymous.get(`/media/pictures/${picture.id}/800.webp`)).statusCode).toBe(404);
    expect((await anonymous.get(`/media/pictures/${picture.id}/400.gif`)).statusCode).toBe(404);
    expect((await anonymous.get(`/media/pictures/..%2F..%2Fetc/400.jpg`)).statusCode).toBe(404);
  });

  test('who may upload: organisers and civil servants for the neighbourhood; not other residents, not staff elsewhere, not anonymous', async () => {
    expect((await upload(anonymous, onInitiative())).statusCode).toBe(401);
    const refused = await upload(resident, onInitiative());
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json().detail).toMatch(/organisatoren/);
    expect((await upload(moderatorElsewhere, onInitiative())).statusCode).toBe(403);

    const byStaff = await upload(moderatorHere, onInitiative('Een overzicht van het braakliggende terrein.'));
    expect(byStaff.statusCode, byStaff.body).toBe(201);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'scope_role', 'scope_area_id'])
      .where('action', '=', 'picture.uploaded')
      .execute();
    expect(audit).toEqual([
      {
        action: 'picture.uploaded',
        subject_id: byStaff.json().id,
        scope_role: 'civil_servant',
        scope_area_id: world.west,
      },
    ]);
  });

  test('refuses a file that is no image, one that lies about its type, one too large, and an upload without alt text, in Dutch', async () => {
    const text = await upload(organiser, onInitiative(), {
      name: 'vakantie.jpg',
      type: 'image/jpeg',
      bytes: Buffer.from('Dit is een tekstbestand met een .jpg-naam.'),
    });
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(text.json()).toMatchObject({
      type: 'https://wakkere-stad.nl/problems/not-an-image',
      invalidParams: [{ name: 'body.file', code: 'not-an-image' }],
    });
    expect(text.json().detail).toMatch(/geen foto/);

    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(
      (await upload(organiser, onInitiative(), { name: 'foto.png', type: 'image/png', bytes: svg })).statusCode,
    ).toBe(415);

    // A real PNG with a .jpg name and an image/jpeg label is judged by its content: accepted as the PNG it is.
    const png = await upload(organiser, onInitiative('Een rood vlak.'), {
      name: 'foto.jpg',
      type: 'image/jpeg',
      bytes: await pngPicture(),
    });
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json().width).toBe(300);

    const noise = await sharp(Buffer.from(Array.from({ length: 500 * 500 * 3 }, (_, i) => (i * 7919) % 251)), {
      raw: { width: 500, height: 500, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(MAX_BYTES);
    const large = await upload(organiser, onInitiative(), { name: 'groot.png', type: 'image/png', bytes: noise });
    expect(large.statusCode).toBe(413);
    expect(large.json()).toMatchObject({ invalidParams: [{ name: 'body.file', code: 'too-large' }] });
    expect(large.json().detail).toMatch(/te groot.*0,4 MB/);

    const noAlt = await upload(organiser, { subjectType: 'initiative', subjectId: initiativeId });
    expect(noAlt.statusCode).toBe(400);
    expect(noAlt.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.altText']);
    const noFile = await upload(organiser, onInitiative(), null);
    expect(noFile.statusCode).toBe(400);
    const two = multipartBody(onInitiative(), [
      { name: 'a.jpg', type: 'image/jpeg', bytes: photo },
      { name: 'b.jpg', type: 'image/jpeg', bytes: photo },
    ]);
    const both = await organiser.request('POST', '/api/v1/pictures', two.payload, { 'content-type': two.contentType });
    expect(both.statusCode).toBe(413);
    expect(both.json().invalidParams[0].code).toBe('too-many-parts');
    const json = await organiser.post('/api/v1/pictures', { ...onInitiative(), file: 'aGVsbG8=' });
    expect(json.statusCode).toBe(400);
  });

  test('changing the alt text and removing: organisers and staff here, nobody else; removed files are gone', async () => {
    const added = (await upload(organiser, onInitiative('Eerste versie van de beschrijving.'))).json<Picture>();
    expect((await resident.patch(`/api/v1/pictures/${added.id}`, { altText: 'Iets anders' })).statusCode).toBe(403);
    expect((await organiser.patch(`/api/v1/pictures/${added.id}`, { altText: '' })).statusCode).toBe(400);
    const changed = await organiser.patch(`/api/v1/pictures/${added.id}`, { altText: 'Kinderen planten uien.' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().altText).toBe('Kinderen planten uien.');

    expect((await resident.delete(`/api/v1/pictures/${added.id}`)).statusCode).toBe(403);
    expect((await moderatorElsewhere.delete(`/api/v1/pictures/${added.id}`)).statusCode).toBe(403);
    expect(existsSync(join(directory, added.id.slice(0, 2), added.id))).toBe(true);
    expect((await moderatorHere.delete(`/api/v1/pictures/${added.id}`)).statusCode).toBe(204);
    expect(existsSync(join(directory, added.id.slice(0, 2), added.id))).toBe(false);
    expect((await anonymous.get(added.files.webp[0]!.url)).statusCode).toBe(404);
    expect((await organiser.delete(`/api/v1/pictures/${added.id}`)).statusCode).toBe(404);
    const audit = await t.db.selectFrom('audit_log').select('action').where('subject_id', '=', added.id).execute();
    expect(audit).toEqual([{ action: 'picture.removed' }]);
  });
});

describe('updates and hidden initiatives', () => {
  test('pictures of an update are listed with the initiative’s, for its organisers to manage', async () => {
    const update = await organiser.post(`/api/v1/initiatives/${initiativeId}/updates`, {
      title: 'Eerste oogst',
      body: 'Radijsjes!',
    });
    const updateId = update.json().id as string;
    const onUpdate = { subjectType: 'initiative-update', subjectId: updateId, altText: 'Een mand met radijsjes.' };
    expect((await upload(resident, onUpdate)).statusCode).toBe(403);
    const added = await upload(organiser, onUpdate);
    expect(added.statusCode, added.body).toBe(201);
    const items = (await anonymous.get(`/api/v1/pictures?initiativeId=${initiativeId}&limit=100`)).json().items;
    expect(items.filter((p: Picture) => p.subjectId === updateId)).toHaveLength(1);

    // Moderation hides the update: its pictures go with it, and it takes no new ones.
    const hide = await moderatorHere.put(`/api/v1/moderation/update/${updateId}`, {
      hidden: true,
      reason: 'Er staat een kenteken op.',
    });
    expect(hide.statusCode, hide.body).toBe(200);
    const after = (await anonymous.get(`/api/v1/pictures?initiativeId=${initiativeId}&limit=100`)).json().items;
    expect(after.filter((p: Picture) => p.subjectId === updateId)).toEqual([]);
    expect(after.length).toBe(items.length - 1);
    expect((await upload(organiser, onUpdate)).statusCode).toBe(404);
  });

  test('a hidden initiative shows no pictures, and takes none', async () => {
    const hidden = (await startInitiative(world, organiser, { title: 'Verborgen plan' })).id;
    await upload(organiser, { subjectType: 'initiative', subjectId: hidden, altText: 'Een plattegrond.' });
    const hide = await budget.officer.put(`/api/v1/moderation/initiative/${hidden}`, {
      hidden: true,
      reason: 'Bevat persoonsgegevens.',
    });
    expect(hide.statusCode, hide.body).toBe(200);
    expect((await anonymous.get(`/api/v1/pictures?initiativeId=${hidden}`)).statusCode).toBe(404);
    const refused = await upload(organiser, { subjectType: 'initiative', subjectId: hidden, altText: 'Nog een.' });
    expect(refused.statusCode).toBe(404);
  });
});

describe('budget proposals', () => {
  test('the author and the round’s budget officers add pictures; other residents and officers for a part of the round do not', async () => {
    const round = await budget.openRound();
    const author = await budget.resident();
    const proposal = await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, {
      title: 'Bankjes bij de vijver',
      description: 'Drie bankjes zodat ouderen kunnen uitrusten.',
      estimatedCostCents: 450_000,
      areaId: budget.buurt,
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
    const proposalId = proposal.json().id as string;
    const onProposal = (altText: string) => ({ subjectType: 'budget-proposal', subjectId: proposalId, altText });
    const buurtOfficer = await signUp(t, { roles: [{ role: 'civil_servant', areaId: budget.buurt }] });

    expect((await upload(author, onProposal('De vijver met het pad ernaast.'))).statusCode).toBe(201);
    expect((await upload(resident, onProposal('Niet van mij.'))).statusCode).toBe(403);
    expect((await upload(buurtOfficer, onProposal('Een deel van de ronde.'))).statusCode).toBe(403);
    expect((await upload(budget.officer, onProposal('Situatieschets van de gemeente.'))).statusCode).toBe(201);

    const listed = await author.get(`/api/v1/pictures?budgetRoundId=${round.id}`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((p: Picture) => [p.altText, p.mayChange])).toEqual([
      ['De vijver met het pad ernaast.', true],
      ['Situatieschets van de gemeente.', true],
    ]);
    expect(
      (await resident.get(`/api/v1/pictures?budgetRoundId=${round.id}`)).json().items.map((p: Picture) => p.mayChange),
    ).toEqual([false, false]);

    expect((await author.delete(`/api/v1/budget-rounds/${round.id}/proposals/${proposalId}`)).statusCode).toBe(204);
    expect((await anonymous.get(`/api/v1/pictures?budgetRoundId=${round.id}`)).json().items).toEqual([]);
    expect((await upload(author, onProposal('Na het intrekken.'))).statusCode).toBe(404);
  });
});

describe('personal data', () => {
  test('download my data lists the pictures I uploaded; erasure removes them and the job clears their files', async () => {
    const uploader = await signUp(t, { displayName: 'Fotograaf Fenna' });
    const id = (await startInitiative(world, uploader, { title: 'Fotoclub' })).id;
    const added = (
      await upload(uploader, { subjectType: 'initiative', subjectId: id, altText: 'Leden van de fotoclub.' })
    ).json<Picture>();
    const exported = (await picturesPersonalData.export(t.db, uploader.accountId)) as { uploaded: unknown[] };
    expect(exported.uploaded).toMatchObject([{ id: added.id, altText: 'Leden van de fotoclub.' }]);

    await picturesPersonalData.erase(t.db, uploader.accountId, {
      displayName: 'Fotograaf Fenna',
      email: null,
      at: t.clock.now().toISOString(),
    });
    expect((await anonymous.get(added.files.jpeg[0]!.url)).statusCode).toBe(404);
    await t.runJob('picture-files');
    expect(readdirSync(join(directory, added.id.slice(0, 2))).includes(added.id)).toBe(false);
    expect(await t.db.selectFrom('pictures').select('id').where('id', '=', added.id).execute()).toEqual([]);
  });
});
