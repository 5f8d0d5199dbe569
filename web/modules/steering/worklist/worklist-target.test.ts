import { messages } from '../../../lib/i18n/messages.ts';
import i18next from 'i18next';
import { beforeAll, expect, it } from 'vitest';
import type { WorklistItem } from '../steering.api.ts';
import { worklistTarget, worklistTitle } from './worklist-target.ts';

const { nl } = messages;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

const item = (overrides: Partial<WorklistItem>): WorklistItem => ({
  kind: 'review',
  id: 'x',
  title: '',
  decisionId: null,
  challengeId: null,
  responseKind: null,
  subject: { type: 'task', id: 'task-1', title: 'Groenonderhoud', area: null },
  dueAt: '2026-12-01T23:00:00.000Z',
  state: 'due_soon',
  ...overrides,
});

it('links each item straight to the place where it is dealt with', () => {
  expect(worklistTarget(item({ kind: 'review', id: 'd1', decisionId: 'd1' }))).toBe('/sturing/besluiten/d1#herziening');
  expect(worklistTarget(item({ kind: 'response', id: 'r1', decisionId: 'd1', responseKind: 'objection' }))).toBe(
    '/sturing/besluiten/d1#reactie-r1',
  );
  expect(worklistTarget(item({ kind: 'grant_report', id: 'g1', decisionId: 'd1', title: 'Gereedschap' }))).toBe(
    '/sturing/besluiten/d1#subsidie',
  );
  expect(worklistTarget(item({ kind: 'milestone', id: 'm1', decisionId: 'd1', challengeId: 'c1' }))).toBe(
    '/sturing/besluiten/d1#mijlpaal-m1',
  );
  expect(worklistTarget(item({ kind: 'milestone', id: 'm2', challengeId: 'c1' }))).toBe(
    '/sturing/uitdagingen/c1#mijlpaal-m2',
  );
  expect(worklistTarget(item({ kind: 'challenge_assessment', id: 'c1', challengeId: 'c1' }))).toBe(
    '/sturing/uitdagingen/c1#beoordelen',
  );
  // Only without a decision or challenge: the subject's page.
  expect(worklistTarget(item({ kind: 'milestone', id: 'm3' }))).toBe('/sturing/taken/task-1');
});

it('names what is to be done when the item has no title of its own', () => {
  const t = i18n.getFixedT('nl');
  expect(worklistTitle(t, item({ kind: 'review' }))).toBe('Besluit over Groenonderhoud herzien');
  expect(worklistTitle(t, item({ kind: 'response', responseKind: 'objection' }))).toBe(
    'Bezwaar over Groenonderhoud beantwoorden',
  );
  expect(worklistTitle(t, item({ kind: 'challenge_assessment' }))).toBe('Uitdaging voor Groenonderhoud beoordelen');
  expect(worklistTitle(t, item({ kind: 'grant_report', title: 'Gereedschap' }))).toBe('Gereedschap');
});
