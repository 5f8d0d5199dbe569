import { messages } from '../web/lib/i18n/messages.ts';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../server/clock.ts';
import { composeModules } from '../server/platform/compose.ts';
import { registry } from '../server/platform/registry.ts';
import { DEFAULT_SETTINGS } from '../server/platform/settings.ts';
import { createAccount, type E2eServer } from './harness.ts';
import {
  accessibilityLog,
  apiAs,
  areaIdOf,
  clickMainNav,
  createStaffAccount,
  expectNoSidewaysScroll,
  fill,
  importAmstelveen,
  narrowPhone,
  openLoggedIn,
  startInitiative,
} from './journeys.ts';
import { browserSuite } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();
const s = nl.steering;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DAY = 86_400_000;
const dateIn = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * DAY));

/**
 * Time passes for the agreement: its milestones (which had to lie ahead when it was made) came due
 * weeks ago. Missed milestones count in the advice once their date has passed.
 */
async function milestonesCameDue(server: E2eServer, dueDaysAgo: Record<string, number>): Promise<void> {
  for (const [title, days] of Object.entries(dueDaysAgo))
    await server.db
      .updateTable('steering_milestones')
      .set({ due_date: dateIn(-days) })
      .where('title', '=', title)
      .execute();
}

/**
 * Five weeks pass for the signal: its start moves back five weeks (the server runs on the real
 * clock), and the hourly advice job runs as the job runner would run it.
 */
async function fiveWeeksLater(server: E2eServer, taskId: string): Promise<void> {
  const since = new Date(Date.now() - 35 * DAY).toISOString();
  await server.db
    .updateTable('steering_advice')
    .set({ pending_since: since })
    .where('subject_type', '=', 'task')
    .where('subject_id', '=', taskId)
    .where('latest', '=', 1)
    .execute();
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const { modules } = await composeModules(
    {
      db: server.db,
      clock: systemClock,
      ids: randomIds,
      log: quiet as never,
      settings: DEFAULT_SETTINGS,
    },
    registry,
  );
  const job = modules.flatMap((m) => m.parts.jobs ?? []).find((j) => j.name === 'steering-advice');
  if (!job) throw new Error('e2e: the steering module has no steering-advice job');
  await job.run(new Date());
}

describe('layered steering and the Right to Challenge, in the browser', () => {
  it('an initiative challenges a green-maintenance task, the officer accepts, missed milestones move the advice up a layer after the hysteresis period, the decision is published and a resident objects and gets an answer', async () => {
    const { server } = suite;
    await importAmstelveen(server);
    const west = await areaIdOf(server, 'BU03620101');
    const officer = await createStaffAccount(server, 'steering_officer', 'Ruben Regisseur');
    const organiser = await createAccount(server, { displayName: 'Olga Organisator' });
    const resident = await createAccount(server, { displayName: 'Bert Bewoner' });
    const admin = await createAccount(server, { displayName: 'Bea Beheer', administrator: true });
    await startInitiative(await apiAs(server, organiser), {
      title: 'Groene Vingers Randwijck',
      summary: 'Buren die samen het groen in de wijk onderhouden en de perken bijhouden.',
      areaIds: [west],
    });
    const axe = accessibilityLog();

    // The officer puts the green-maintenance task in the register; an empty form names every missing field at once.
    const ruben = await openLoggedIn(suite, officer);
    await clickMainNav(ruben, s.nav.tasks, { exact: true });
    await ruben.getByRole('heading', { level: 1, name: s.tasks.title }).waitFor();
    await axe.check(ruben, 'task register');
    await ruben.getByRole('link', { name: s.tasks.newTask }).click();
    await ruben.getByRole('heading', { level: 1, name: s.taskForm.newTitle }).waitFor();
    await ruben.getByRole('button', { name: s.taskForm.create }).click();
    const summary = ruben.locator('.ws-error-summary');
    await summary.waitFor();
    for (const field of [s.taskForm.area, s.taskForm.title, s.taskForm.description, s.taskForm.budget])
      await summary.getByRole('link', { name: new RegExp(`^${escape(field)}:`) }).waitFor();
    await ruben.getByLabel(s.taskForm.area).selectOption(west);
    await ruben.getByLabel(s.taskForm.title).fill('Groenonderhoud Randwijck West');
    await ruben.getByLabel(s.taskForm.domain).selectOption({ label: s.domains.green_and_public_space });
    await ruben
      .getByLabel(s.taskForm.description)
      .fill('Maaien, snoeien en het bijhouden van de perken en bermen in de buurt.');
    await ruben.getByLabel(s.taskForm.risk).selectOption({ label: s.risks.low });
    await ruben.getByLabel(s.taskForm.budget).fill('48.000');
    await ruben.getByLabel(s.taskForm.department).fill('Openbare ruimte');
    await axe.check(ruben, 'new task');
    await ruben.getByRole('button', { name: s.taskForm.create }).click();
    await ruben.getByRole('heading', { level: 1, name: 'Groenonderhoud Randwijck West' }).waitFor();
    await ruben.getByText(s.taskForm.created).waitFor();
    const taskId = decodeURIComponent(new URL(ruben.url()).pathname.split('/').pop() ?? '');
    await ruben.getByTestId('advice').locator('.ws-advice__layer').getByText(s.layers.frameworks).waitFor();
    await axe.check(ruben, 'task as officer');

    // Olga challenges the municipality for the task; her initiative's figures go with it as evidence.
    const olga = await openLoggedIn(suite, organiser);
    await olga.goto(suite.url(`/sturing/taken/${taskId}`));
    await olga.getByRole('heading', { level: 2, name: s.rtc.title }).waitFor();
    await axe.check(olga, 'task as resident');
    await olga.getByRole('link', { name: s.rtc.start }).click();
    await olga
      .getByRole('heading', { level: 1, name: fill(s.challengeForm.title, { task: 'Groenonderhoud Randwijck West' }) })
      .waitFor();
    await olga
      .getByTestId('evidence')
      .getByText(fill(s.challengeForm.evidenceSupport_other, { count: 0 }))
      .waitFor();
    await olga
      .getByLabel(s.challengeForm.plan, { exact: true })
      .fill('Twaalf buren maaien om de twee weken en houden de perken bij, met gereedschap uit de buurtschuur.');
    // More than the budget is refused before anything is sent.
    await olga.getByLabel(s.challengeForm.cost).fill('50000');
    await olga
      .getByLabel(s.challengeForm.delivery)
      .fill('Een rooster per seizoen, twee vaste coördinatoren en een reservelijst van buren.');
    await olga.getByLabel(s.challengeForm.fallback).fill('De gemeente maait zelf als wij twee rondes missen.');
    await olga.getByRole('button', { name: s.challengeForm.submit }).click();
    await olga
      .locator('.ws-error-summary')
      .getByText(new RegExp(escape(s.challengeForm.costAboveBudget.split('{{')[0]!)))
      .waitFor();
    await olga.getByLabel(s.challengeForm.cost).fill('42.000');
    await axe.check(olga, 'challenge form');
    await olga.getByRole('button', { name: s.challengeForm.submit }).click();
    await olga.getByText(s.challengeForm.submitted).waitFor();
    await olga.getByTestId('challenge-status').getByText(s.challenge.statuses.submitted).waitFor();
    const challengeUrl = olga.url();

    // Ruben scores every published criterion with a reason, then accepts with an agreement and two milestones.
    await ruben.goto(challengeUrl);
    await ruben.getByRole('button', { name: s.assessment.open }).click();
    for (const criterion of Object.values(s.criteria)) {
      await ruben.getByLabel(fill(s.assessment.score, { criterion })).selectOption('2');
      await ruben.getByLabel(fill(s.assessment.reason, { criterion })).fill(`${criterion}: aangetoond in het plan.`);
    }
    await axe.check(ruben, 'assessment');
    await ruben.getByRole('button', { name: s.assessment.submit }).click();
    await ruben.getByText(s.assessment.saved).waitFor();
    await ruben
      .getByLabel(s.decide.reason, { exact: true })
      .fill('Het plan is goed onderbouwd, de buurt steunt het en de kosten liggen onder het budget.');
    await ruben.getByLabel(fill(s.decisionForm.condition, { n: 1 }), { exact: true }).fill('Maai elke twee weken');
    await ruben.getByLabel(fill(s.decisionForm.milestoneTitle, { n: 1 }), { exact: true }).fill('Eerste maaironde');
    await ruben.getByLabel(fill(s.decisionForm.milestoneDue, { n: 1 })).fill(dateIn(10));
    await ruben.getByRole('button', { name: s.decisionForm.addMilestone }).click();
    await ruben.getByLabel(fill(s.decisionForm.milestoneTitle, { n: 2 }), { exact: true }).fill('Perken gesnoeid');
    await ruben.getByLabel(fill(s.decisionForm.milestoneDue, { n: 2 })).fill(dateIn(20));
    await ruben.getByRole('button', { name: s.decide.submitAccept }).click();
    // Accepting cannot be undone: the question comes first, with focus on it.
    await expect
      .poll(() => ruben.evaluate(() => document.activeElement?.textContent))
      .toBe(s.decide.confirmAcceptTitle);
    await axe.check(ruben, 'accept confirmation');
    await ruben.getByRole('button', { name: s.decide.confirmAccept }).click();
    await ruben.getByText(s.decide.accepted).waitFor();
    await ruben.getByTestId('challenge-status').getByText(s.challenge.statuses.accepted).waitFor();

    // The task now belongs to the community, with the change in its history.
    await ruben.goto(suite.url(`/sturing/taken/${taskId}`));
    await ruben.getByTestId('task-facts').getByText(s.providers.community).waitFor();
    await ruben.getByTestId('provider-history').getByRole('link', { name: s.history.byChallenge }).waitFor();
    await ruben.getByTestId('provider-history').getByText(s.history.provider).waitFor();

    // Both milestones came due and were missed: a signal to compel builds up, but slow leadership keeps the advice for now.
    await milestonesCameDue(server, { 'Eerste maaironde': 40, 'Perken gesnoeid': 37 });
    await ruben.goto(challengeUrl);
    await ruben.getByRole('button', { name: fill(s.milestones.recordMissed, { title: 'Eerste maaironde' }) }).click();
    await ruben.getByTestId('milestone-Eerste maaironde').getByText(s.milestones.statuses.missed).waitFor();
    await ruben.getByRole('button', { name: fill(s.milestones.recordMissed, { title: 'Perken gesnoeid' }) }).click();
    await ruben.getByTestId('milestone-Perken gesnoeid').getByText(s.milestones.statuses.missed).waitFor();
    await ruben.goto(suite.url(`/sturing/taken/${taskId}`));
    const advice = ruben.getByTestId('advice');
    await advice.locator('.ws-advice__layer').getByText(s.layers.frameworks).waitFor();
    await advice
      .locator('.ws-advice__pending')
      .getByText(/dwingen/)
      .waitFor();
    await advice.getByTestId('advice-rule').getByText(s.rules.milestones_failing).waitFor();

    // Five weeks on, the signal has lasted longer than the hysteresis period: one layer up, to compel.
    await fiveWeeksLater(server, taskId);
    await ruben.reload();
    await advice.locator('.ws-advice__layer').getByText(s.layers.compel).waitFor();
    await ruben.getByTestId('advice-timeline').getByText(s.timeline.changes.up).waitFor();
    await advice.getByTestId('advice-paths').getByText(s.advice.wayBack).waitFor();
    await axe.check(ruben, 'task with advice to compel');

    // Ruben decides to compel, with the advice beside the form, conditions with deadlines and proportionality.
    await ruben.getByRole('link', { name: s.officer.decide }).click();
    await ruben.getByRole('heading', { level: 2, name: s.decisionForm.adviceTitle }).waitFor();
    expect(await ruben.getByLabel(s.decisionForm.layer, { exact: true }).inputValue()).toBe('compel');
    await ruben.getByRole('button', { name: s.decisionForm.submit }).click();
    const errors = ruben.locator('.ws-error-summary');
    for (const field of [s.decisionForm.motivation, s.decisionForm.proportionality, s.decisionForm.leastIntrusive])
      await errors.getByRole('link', { name: new RegExp(`^${escape(field)}:`) }).waitFor();
    await ruben
      .getByLabel(s.decisionForm.motivation)
      .fill('Twee mijlpalen zijn gemist en het gras staat hoog; de afspraken moeten nu worden nagekomen.');
    await ruben
      .getByLabel(fill(s.decisionForm.enforcementCondition, { n: 1 }), { exact: true })
      .fill('Het veld aan de Lindelaan is gemaaid');
    await ruben.getByLabel(fill(s.decisionForm.enforcementDeadline, { n: 1 })).fill(dateIn(14));
    await ruben
      .getByLabel(fill(s.decisionForm.enforcementConsequence, { n: 1 }))
      .fill('De gemeente maait zelf, op kosten van het budget');
    await ruben
      .getByLabel(s.decisionForm.proportionality)
      .fill('Zonder termijnen blijft het onderhoud liggen en neemt het risico voor spelende kinderen toe.');
    await ruben
      .getByLabel(s.decisionForm.leastIntrusive)
      .fill('Kaders stellen: dat is geprobeerd met de afspraak, maar beide mijlpalen zijn gemist.');
    await axe.check(ruben, 'decision form');
    await ruben.getByRole('button', { name: s.decisionForm.submit }).click();
    await ruben.getByText(s.decisionForm.published).waitFor();
    await ruben.getByTestId('decision-layer').getByText(s.layers.compel).waitFor();
    await ruben.getByText(fill(s.decision.followed, { layer: 'dwingen' })).waitFor();
    const decisionUrl = ruben.url();

    // Bert, a resident, objects on his phone, and the page holds at 320 px.
    const bert = await openLoggedIn(suite, resident, narrowPhone);
    await bert.goto(decisionUrl);
    await bert.getByRole('heading', { level: 2, name: s.responses.title }).waitFor();
    await expectNoSidewaysScroll(bert, 'decision page');
    await bert.getByLabel(s.responses.kind).selectOption({ label: s.responses.kinds.objection });
    await bert
      .getByLabel(s.responses.text)
      .fill('Dwingen gaat te ver: de buren doen hun best, geef ze eerst hulp bij het maaien.');
    await bert.getByRole('button', { name: s.responses.submit }).click();
    await bert.getByText(s.responses.sent).waitFor();
    await axe.check(bert, 'decision page with an objection, on a phone');

    // Twenty comments came earlier and were answered, so the objection is on the second page of responses.
    const decisionId = decodeURIComponent(new URL(decisionUrl).pathname.split('/').pop() ?? '');
    for (let n = 0; n < 20; n++) {
      const at = new Date(Date.now() - (3 * DAY - n * 60_000)).toISOString();
      await server.db
        .insertInto('steering_responses')
        .values({
          id: randomUUID(),
          decision_id: decisionId,
          area_id: west,
          kind: 'comment',
          text: `Reactie ${n + 1}: goed dat de gemeente hier op let.`,
          author_id: resident.id,
          submitted_at: at,
          answer_due_at: new Date(Date.now() + 39 * DAY).toISOString(),
          answer_text: 'Dank voor uw reactie; we houden u op de hoogte.',
          answered_at: at,
          answered_by: officer.id,
        })
        .execute();
    }

    // Six weeks later the objection still waits for an answer: it is on Ruben's worklist, and its link
    // opens the decision at the objection itself, loading the responses up to it.
    await server.db
      .updateTable('steering_responses')
      .set({ answer_due_at: new Date(Date.now() - DAY).toISOString() })
      .where('answered_at', 'is', null)
      .execute();
    await ruben.goto(suite.url('/gemeente/sturing'));
    await ruben.getByRole('heading', { level: 1, name: s.worklist.title }).waitFor();
    await ruben
      .getByTestId('worklist')
      .getByRole('link', { name: fill(s.worklist.todo.objection, { subject: 'Groenonderhoud Randwijck West' }) })
      .click();
    await ruben.getByTestId('decision-layer').getByText(s.layers.compel).waitFor();
    expect(new URL(ruben.url()).pathname).toBe(new URL(decisionUrl).pathname);
    expect(new URL(ruben.url()).hash).toMatch(/^#reactie-/);
    await expect.poll(() => ruben.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('response');

    // Ruben answers in public; Bert reads the answer.
    await ruben
      .getByLabel(s.responses.answer)
      .fill('We bieden een maaimachine aan; de termijn blijft staan, want het veld is onveilig.');
    await ruben.getByRole('button', { name: s.responses.answerSubmit }).click();
    await ruben
      .getByTestId('answer')
      .getByText(/maaimachine/)
      .waitFor();
    await bert.reload();
    await bert.getByRole('button', { name: nl.common.loadMore }).click();
    await bert
      .getByTestId('answer')
      .getByText(/maaimachine/)
      .waitFor();
    await expectNoSidewaysScroll(bert, 'decision page with an answer');

    // The decision is published on the neighbourhood's page too, where Bert finds it on his phone.
    await bert.goto(suite.url('/gebieden/BU03620101'));
    const onArea = bert.getByTestId('area-decisions');
    await onArea.getByRole('heading', { level: 2, name: s.areaDecisions.title }).waitFor();
    await onArea.getByRole('link', { name: 'Groenonderhoud Randwijck West' }).first().waitFor();
    await onArea.locator('.ws-card').first().getByText(s.layers.compel).waitFor();
    await expectNoSidewaysScroll(bert, 'area page');
    await axe.check(bert, 'area page with decisions, on a phone');
    await onArea.locator('.ws-card').first().getByRole('link').first().click();
    await bert.getByTestId('decision-layer').getByText(s.layers.compel).waitFor();
    expect(new URL(bert.url()).pathname).toBe(new URL(decisionUrl).pathname);

    // The register, the picture, the worklist and the thresholds are accessible too.
    await ruben.goto(suite.url('/sturing/beeld'));
    await ruben.getByTestId('picture-summary').waitFor();
    await axe.check(ruben, 'picture');
    await ruben.goto(suite.url('/gemeente/sturing'));
    await ruben.getByRole('heading', { level: 1, name: s.worklist.title }).waitFor();
    await axe.check(ruben, 'worklist');
    const bea = await openLoggedIn(suite, admin);
    await bea.goto(suite.url('/sturing/drempels'));
    await bea.getByRole('heading', { level: 1, name: s.thresholds.title }).waitFor();
    await axe.check(bea, 'thresholds');
    await bert.goto(suite.url(`/sturing/taken/${taskId}`));
    await bert.getByTestId('advice').waitFor();
    await expectNoSidewaysScroll(bert, 'task page');

    axe.expectNone();
  }, 400_000);
});
