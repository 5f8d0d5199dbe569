import { messages } from '../web/lib/i18n/messages.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../server/clock.ts';
import { createAuditWriter } from '../server/modules/audit/audit.service.ts';
import { createAreaImportService } from '../server/modules/areas/area-import.service.ts';
import { AMSTELVEEN_4 } from '../test/support/areas.ts';
import { createAccount, formatViolations, seriousA11yViolations, type A11yViolation } from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();

describe('the neighbourhood map and verification, in the browser', () => {
  it('draws the neighbourhoods without a map service, follows a neighbourhood by keyboard, and a resident verifies with a letter code', async () => {
    const { server } = suite;
    await createAreaImportService({
      db: server.db,
      clock: systemClock,
      ids: randomIds,
      audit: createAuditWriter({ clock: systemClock, ids: randomIds }),
    }).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
    const violations: A11yViolation[] = [];

    // Anonymous: the map, drawn from the outlines alone; no request leaves the site.
    const page = await suite.open();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(suite.url('/kaart'));
    const map = page.getByRole('group', { name: nl.areas.map.label.replace('{{name}}', 'Amstelveen') });
    await map.waitFor();
    await expect.poll(() => map.getByRole('link').count()).toBe(4);
    violations.push(...(await seriousA11yViolations(page, 'map')));

    // The map's links are keyboard links: focus Oranjebuurt and press Enter.
    const oranje = map.getByRole('link', { name: /^Oranjebuurt/ });
    await oranje.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oranjebuurt' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/gebieden/BU03620201');
    await page
      .getByRole('navigation', { name: nl.common.breadcrumb })
      .getByRole('link', { name: 'Patrimonium' })
      .waitFor();
    violations.push(...(await seriousA11yViolations(page, 'neighbourhood')));
    expect(outside).toEqual([]);

    // An administrator makes letter codes for Oranjebuurt; the CSV is the only copy.
    const admin = await createAccount(server, { displayName: 'Anna Beheerder', administrator: true });
    const adminPage = await suite.open();
    await logIn(adminPage, suite, admin.email, admin.password);
    await adminPage.goto(suite.url('/gebieden/BU03620201'));
    await adminPage.getByLabel(nl.verification.codes.count).fill('3');
    const [download] = await Promise.all([
      adminPage.waitForEvent('download'),
      adminPage.getByRole('button', { name: nl.verification.codes.submit }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('code;buurtcode;buurtnaam;geldig_tot');
    expect(csv).toHaveLength(4);
    const code = csv[1]!.split(';')[0]!;
    violations.push(...(await seriousA11yViolations(adminPage, 'neighbourhood as administrator')));

    // A resident types the code on "Mijn buurt" and is verified for Oranjebuurt.
    const resident = await createAccount(server, { displayName: 'Bram Bewoner' });
    const residentPage = await suite.open();
    await logIn(residentPage, suite, resident.email, resident.password);
    await residentPage.getByRole('link', { name: nl.areas.navMine }).click();
    await residentPage.getByRole('heading', { level: 1, name: nl.areas.mine.title }).waitFor();
    await residentPage.getByLabel(nl.areas.mine.code, { exact: true }).fill('WRONG-CODE-99');
    await residentPage.getByRole('button', { name: nl.areas.mine.submit, exact: true }).click();
    await residentPage.getByText(nl.verification.problems.invalid).waitFor();
    violations.push(...(await seriousA11yViolations(residentPage, 'my neighbourhood with a wrong code')));
    await residentPage.getByLabel(nl.areas.mine.code, { exact: true }).fill(code.toLowerCase());
    await residentPage.getByRole('button', { name: nl.areas.mine.submit, exact: true }).click();
    await residentPage.getByText(nl.areas.mine.verified.replace('{{area}}', 'Oranjebuurt')).waitFor();
    await residentPage.getByText(nl.areas.mine.current.replace('{{name}}', 'Oranjebuurt')).waitFor();
    // The home form follows the verification, so saving it keeps the neighbourhood instead of erasing it.
    const homeSelect = residentPage.getByLabel(nl.areas.mine.choose, { exact: true });
    expect(await homeSelect.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
      'Oranjebuurt',
    );
    await residentPage.getByRole('button', { name: nl.common.save, exact: true }).click();
    await residentPage.getByText(nl.areas.mine.saved).waitFor();
    await residentPage.getByText(nl.areas.mine.current.replace('{{name}}', 'Oranjebuurt')).waitFor();
    violations.push(...(await seriousA11yViolations(residentPage, 'my neighbourhood, verified')));

    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
