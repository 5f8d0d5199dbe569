import { dayWeight, isHoliday, nextWeekday } from '../../../platform/demo/calendar.ts';
import type { Random } from '../../../platform/demo/random.ts';
import type { ActivitySignUpsTable, InitiativeActivitiesTable } from '../initiatives.tables.ts';
import type { SeriesTemplate } from './demo-data.ts';
import type { InitiativeLife } from './demo-initiative.ts';
import { DAY, HIDDEN, HOUR, sample, type DemoTools } from './demo-rows.ts';

/** How far ahead organisers plan: sessions this far past asOf exist already, with sign-ups. */
const PLANNED_AHEAD = 35 * DAY;
/** Sessions of the year before asOf (and a little more): older ones would only make the demo slower to write. */
const HISTORY = 380 * DAY;
const PLACES = ['Het buurthuis', 'De bibliotheek', 'Het wijkcentrum', 'De gymzaal', 'Het buurtpark'];

interface SignUp {
  row: ActivitySignUpsTable;
  at: number;
}

/**
 * The initiative's recurring activities while it ran in the last year: each series of the template (the activity
 * multiplier runs that many groups of it) has its regulars, who come to most sessions, and
 * newcomers from the neighbourhood and elsewhere in the district. Sessions pause in the holidays;
 * more people come in spring and autumn. Each session is planned weeks ahead; people sign up in
 * the days before (on the waiting list when it is full), some cancel (and the first waiting gets
 * the place), a session is now and then cancelled, and afterwards the organisers record who came.
 */
export function buildSessions(tools: DemoTools, life: InitiativeLife): void {
  const whole = Math.floor(tools.multiplier);
  const copies = whole + (tools.random.chance(tools.multiplier - whole) ? 1 : 0);
  for (const [index, template] of life.plan.template.series.entries()) {
    for (let copy = 0; copy < copies; copy++) {
      // Each group draws from its own stream: a busier town has the same groups and more besides.
      const random = tools.stream(`${life.initiative.id}/${index}/${copy}`);
      // A few organisers and members, and neighbours who come every week.
      const regulars = [
        ...new Set([
          ...life.active.slice(0, 3),
          ...sample(random, life.plan.neighbours, random.int(...template.regulars)),
        ]),
      ];
      const series = {
        template,
        title: copy === 0 ? template.title : `${template.title} (groep ${copy + 1})`,
        // Another group meets on another day.
        weekday: (template.weekday + copy * 2) % 7,
        capacity: random.int(...template.capacity),
        regulars,
        turnout: 0.55 + 0.25 * random.next(),
        place: random.pick(PLACES),
      };
      for (const [from, to] of life.running) {
        let startsMs = nextWeekday(Math.max(from + 7 * DAY, tools.asOf - HISTORY), series.weekday, template.hour);
        for (; startsMs < Math.min(to, tools.asOf + PLANNED_AHEAD); startsMs += template.every * DAY) {
          if (template.every >= 365) startsMs = alignYearly(startsMs, template, series.weekday);
          if (!(startsMs < Math.min(to, tools.asOf + PLANNED_AHEAD))) break;
          const month = new Date(startsMs + HOUR).getUTCMonth();
          if (template.months && !template.months.includes(month)) continue;
          if (template.every < 365 && (isHoliday(startsMs) || random.chance(0.05))) continue;
          session(tools, random, life, series, startsMs, from);
        }
      }
    }
  }
}

/** A once-a-year event on its weekday in the first of its months, from the year `ms` falls in. */
function alignYearly(ms: number, template: SeriesTemplate, weekday: number): number {
  const year = new Date(ms).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const at = nextWeekday(Date.UTC(y, template.months?.[0] ?? 5, 8), weekday, template.hour);
    if (at >= ms) return at;
  }
  return ms;
}

function session(
  tools: DemoTools,
  random: Random,
  life: InitiativeLife,
  series: {
    template: SeriesTemplate;
    title: string;
    capacity: number;
    regulars: readonly string[];
    turnout: number;
    place: string;
  },
  startsMs: number,
  runningFrom: number,
): void {
  const { id, iso, rows, event, happened } = tools;
  const { initiative, plan, lead } = life;
  const plannedMs = Math.max(runningFrom, startsMs - (7 + random.next() * 21) * DAY);
  if (!happened(plannedMs)) return;
  const activity: InitiativeActivitiesTable = {
    id: id(),
    initiative_id: initiative.id,
    title: series.title,
    description: '',
    place: series.place,
    starts_at: iso(startsMs),
    ends_at: iso(startsMs + series.template.hours * HOUR),
    capacity: series.capacity,
    seats_taken: 0,
    cancelled_at: null,
    created_by: lead,
    created_at: iso(plannedMs),
    ...HIDDEN,
  };
  rows.activities.push(activity);
  const subject = { type: 'activity', id: activity.id };
  const where = [initiative.primary_area_id, initiative.domain] as const;
  event('activity.planned', lead, subject, ...where, plannedMs);
  const cancelledMs = random.chance(0.025) ? plannedMs + random.next() * (startsMs - plannedMs) : Infinity;
  if (happened(cancelledMs)) {
    activity.cancelled_at = iso(cancelledMs);
    event('activity.cancelled', lead, subject, ...where, cancelledMs);
  }
  const openUntil = Math.min(cancelledMs, startsMs, tools.asOf);

  // Who signs up, and when: busier in spring and autumn.
  const keen = Math.min(0.95, series.turnout * (0.6 + 0.4 * dayWeight(startsMs)));
  const people = new Set(series.regulars.filter(() => random.chance(keen)));
  const newcomers = random.int(...series.template.newcomers);
  for (let n = 0; n < newcomers; n++) {
    const from = random.chance(0.25) && plan.visitors.length > 0 ? plan.visitors : plan.neighbours;
    people.add(random.pick(from));
  }
  const signUps: SignUp[] = [];
  for (const accountId of people) {
    const at = Math.max(plannedMs + HOUR, startsMs - (0.2 + random.next() * random.next() * 12) * DAY);
    if (at >= openUntil) continue;
    signUps.push({
      at,
      row: {
        id: '',
        activity_id: activity.id,
        account_id: accountId,
        status: 'confirmed',
        queued_at: iso(at),
        created_at: iso(at),
        cancelled_at: null,
        attended: null,
        attendance_recorded_at: null,
        attendance_recorded_by: null,
      },
    });
  }
  signUps.sort((a, b) => a.at - b.at);
  const waiting: SignUp[] = [];
  for (const signUp of signUps) {
    signUp.row.id = id();
    const full = activity.seats_taken >= activity.capacity;
    signUp.row.status = full ? 'waiting' : 'confirmed';
    if (full) waiting.push(signUp);
    else activity.seats_taken += 1;
    event(full ? 'activity.waitlisted' : 'activity.signed-up', signUp.row.account_id, subject, ...where, signUp.at);
    rows.signUps.push(signUp.row);
  }
  // Some cancel before it starts; a freed place goes to the first on the waiting list.
  const cancels = signUps
    .map((signUp) => ({ signUp, at: signUp.at + random.next() * (startsMs - signUp.at) }))
    .filter(({ at }) => random.chance(0.06) && at < openUntil)
    .sort((a, b) => a.at - b.at);
  for (const { signUp, at } of cancels) {
    if (signUp.row.status === 'cancelled') continue;
    const wasConfirmed = signUp.row.status === 'confirmed';
    Object.assign(signUp.row, { status: 'cancelled', cancelled_at: iso(at) });
    event('activity.sign-up-cancelled', signUp.row.account_id, subject, ...where, at);
    if (!wasConfirmed) continue;
    activity.seats_taken -= 1;
    const next = waiting.find((w) => w.row.status === 'waiting' && w.at < at);
    if (next) {
      next.row.status = 'confirmed';
      activity.seats_taken += 1;
      event('activity.promoted', next.row.account_id, subject, ...where, at);
    }
  }

  // Afterwards the organisers record who came; now and then they correct a mistake.
  const recordedMs = startsMs + (series.template.hours + random.next()) * HOUR;
  if (activity.cancelled_at || !happened(recordedMs)) return;
  for (const { row } of signUps) {
    if (row.status !== 'confirmed') continue;
    const came = random.chance(0.88);
    Object.assign(row, {
      attended: came ? 1 : 0,
      attendance_recorded_at: iso(recordedMs),
      attendance_recorded_by: lead,
    });
    if (!came) continue;
    event('activity.attended', row.account_id, subject, ...where, recordedMs);
    const withdrawnMs = recordedMs + random.int(1, 4) * DAY;
    if (random.chance(0.015) && happened(withdrawnMs)) {
      Object.assign(row, { attended: 0, attendance_recorded_at: iso(withdrawnMs) });
      event('activity.attendance-withdrawn', row.account_id, subject, ...where, withdrawnMs);
    }
  }
}
