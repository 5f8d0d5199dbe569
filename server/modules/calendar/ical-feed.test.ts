import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { CalendarItem } from '../../../contracts/calendar.ts';
import { renderFeed } from './ical-feed.ts';

const item = (overrides: Partial<CalendarItem>): CalendarItem => ({
  uid: 'activity-1@wakkere-stad',
  kind: 'activity',
  title: 'Plantdag',
  description: 'Neem handschoenen mee.',
  place: 'Buurthuis',
  startsAt: '2026-01-10T09:00:00.000Z',
  endsAt: null,
  cancelled: false,
  initiative: { id: 'i1', title: 'Moestuin' },
  round: null,
  ...overrides,
});

function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}

const feed = (items: CalendarItem[], publicUrl?: string) =>
  renderFeed({
    name: 'Agenda Randwijck',
    description: 'Test',
    items,
    now: new Date('2026-01-01T12:00:00Z'),
    publicUrl,
    paths: { initiative: (id) => `/initiatieven/${id}`, round: (id) => `/buurtbudget/${id}` },
  });

describe('the iCal feed', () => {
  test('wall-clock time in Amsterdam, in winter (UTC+1) and in summer (UTC+2)', () => {
    const body = feed([
      item({ uid: 'activity-w@wakkere-stad', startsAt: '2026-01-10T09:00:00.000Z' }),
      item({
        uid: 'activity-s@wakkere-stad',
        startsAt: '2026-07-10T09:00:00.000Z',
        endsAt: '2026-07-10T11:30:00.000Z',
      }),
    ]);
    expect(body).toContain('DTSTART;TZID=Europe/Amsterdam:20260110T100000');
    expect(body).toContain('DTSTART;TZID=Europe/Amsterdam:20260710T110000');
    expect(body).toContain('DTEND;TZID=Europe/Amsterdam:20260710T133000');
    const [winter, summer] = parse(body);
    expect(winter!.event.startDate.toJSDate().toISOString()).toBe('2026-01-10T09:00:00.000Z');
    // Without an end an item lasts an hour.
    expect(winter!.event.endDate.toJSDate().toISOString()).toBe('2026-01-10T10:00:00.000Z');
    expect(summer!.event.startDate.zone.tzid).toBe('Europe/Amsterdam');
    expect(summer!.event.endDate.toJSDate().toISOString()).toBe('2026-07-10T11:30:00.000Z');
  });

  test('a cancelled activity stays, as STATUS:CANCELLED; a round date and a need say what they are', () => {
    const events = parse(
      feed([
        item({ cancelled: true }),
        item({ uid: 'need-2@wakkere-stad', kind: 'need', title: 'Handen', place: '' }),
        item({
          uid: 'round-voting-open-r1@wakkere-stad',
          kind: 'round-milestone',
          title: 'Buurtbudget',
          description: '',
          place: '',
          initiative: null,
          round: { id: 'r1', title: 'Buurtbudget 2026', milestone: 'voting-open' },
        }),
      ]),
    );
    expect(
      events.map(({ event, component }) => [event.uid, event.summary, component.getFirstPropertyValue('status')]),
    ).toEqual([
      ['activity-1@wakkere-stad', 'Afgelast: Plantdag', 'CANCELLED'],
      ['need-2@wakkere-stad', 'Vrijwilligers gezocht: Handen', 'CONFIRMED'],
      ['round-voting-open-r1@wakkere-stad', 'Buurtbudget 2026: stemmen kan vanaf nu', 'CONFIRMED'],
    ]);
    expect(events[0]!.event.location).toBe('Buurthuis');
    expect(events[1]!.event.location).toBeNull();
  });

  test('events link to their page when the public address is known, and not otherwise', () => {
    const [linked] = parse(feed([item({})], 'https://wakkerdam.example'));
    expect(linked!.component.getFirstPropertyValue('url')).toBe('https://wakkerdam.example/initiatieven/i1');
    expect(linked!.event.description).toContain('Initiatief: Moestuin');
    const [plain] = parse(feed([item({})]));
    expect(plain!.component.getFirstPropertyValue('url')).toBeNull();
  });
});
