import type { InitiativeNeedsTable, PledgesTable } from '../initiatives.tables.ts';
import { unitOf } from '../needs/needs-rules.ts';
import { NEWS } from './demo-data.ts';
import type { InitiativeLife } from './demo-initiative.ts';
import { DAY, HIDDEN, sample, type DemoTools } from './demo-rows.ts';

/**
 * The initiative's needs, with pledges up to a random share of what is needed (never more): older
 * ones mostly delivered, some withdrawn, a few by the partner organisation. A need is closed once it
 * is fully delivered, and every open need when the initiative stops.
 */
export function buildNeeds(
  tools: DemoTools,
  life: InitiativeLife,
  partnership: { from: number; until: number } | null,
): void {
  const { random, id, iso, rows, event, happened } = tools;
  const { initiative, plan, lead, active, stoppedMs } = life;
  const openUntil = stoppedMs ?? tools.asOf;
  const where = [initiative.primary_area_id, initiative.domain] as const;
  const pledgers = [...new Set([...active, ...sample(random, plan.neighbours, 8)])];
  for (const template of plan.template.needs) {
    const createdMs = plan.createdMs + random.int(1, 10) * DAY;
    if (!happened(createdMs) || (stoppedMs !== null && createdMs >= stoppedMs)) continue;
    const unit = unitOf(template.kind);
    const needed = unit === 'cents' ? template.quantity * 100 : unit === 'offer' ? 1 : template.quantity;
    const startsMs =
      template.kind === 'volunteers'
        ? stoppedMs
          ? createdMs + 20 * DAY
          : Math.max(createdMs + 14 * DAY, tools.asOf + random.int(-40, 30) * DAY)
        : null;
    const need: InitiativeNeedsTable = {
      id: id(),
      initiative_id: initiative.id,
      kind: template.kind,
      title: template.title,
      description: '',
      unit: template.unit ?? null,
      quantity_needed: needed,
      quantity_pledged: 0,
      quantity_delivered: 0,
      starts_at: startsMs === null ? null : iso(startsMs),
      ends_at: null,
      closed_at: null,
      created_by: lead,
      created_at: iso(createdMs),
      ...HIDDEN,
    };
    rows.needs.push(need);
    const subject = { type: 'need', id: need.id };
    event('need.posted', lead, subject, ...where, createdMs, unit === 'cents' ? { amountCents: needed } : {});
    const target = Math.floor(needed * Math.min(1, 0.2 + random.next() * 1.1));
    let lastDelivery = 0;
    for (const accountId of pledgers) {
      const left = target - need.quantity_pledged;
      if (left <= 0) break;
      const quantity =
        unit === 'cents'
          ? Math.min(left, random.int(5, 60) * 500)
          : unit === 'offer'
            ? 1
            : Math.min(left, random.int(1, Math.max(2, Math.ceil(needed / 4))));
      // Volunteers pledge before the day they are needed.
      const madeMs = createdMs + random.next() * Math.max(DAY, Math.min(openUntil, startsMs ?? Infinity) - createdMs);
      if (!happened(madeMs)) continue;
      const dueMs = Math.max(startsMs ?? 0, madeMs + random.int(5, 30) * DAY);
      const delivered = happened(dueMs) && random.chance(0.8);
      const withdrawnMs = madeMs + random.next() * Math.max(DAY, dueMs - madeMs);
      const withdrawn = !delivered && random.chance(0.15) && happened(withdrawnMs);
      // The partner organisation pledges some, through its administrator, while the partnership holds.
      const byPartner =
        plan.partner && partnership && madeMs > partnership.from && madeMs < partnership.until && random.chance(0.3);
      const hours =
        template.kind === 'volunteers' ? random.int(2, 7) : template.kind === 'expertise' ? random.int(2, 10) : null;
      const pledge: PledgesTable = {
        id: id(),
        need_id: need.id,
        initiative_id: initiative.id,
        account_id: byPartner ? plan.partner!.adminId : accountId,
        organisation_id: byPartner ? plan.partner!.organisationId : null,
        quantity,
        hours,
        note: null,
        status: delivered ? 'delivered' : withdrawn ? 'withdrawn' : 'made',
        created_at: iso(madeMs),
        delivered_at: delivered ? iso(dueMs) : null,
        delivered_by: delivered ? lead : null,
        withdrawn_at: withdrawn ? iso(withdrawnMs) : null,
      };
      rows.pledges.push(pledge);
      const numbers = {
        organisationId: pledge.organisation_id,
        hours: hours === null ? null : hours * quantity,
        amountCents: unit === 'cents' ? quantity : null,
      };
      const pledgeSubject = { type: 'pledge', id: pledge.id };
      event('pledge.made', pledge.account_id, pledgeSubject, ...where, madeMs, numbers);
      if (withdrawn) {
        event('pledge.withdrawn', pledge.account_id, pledgeSubject, ...where, withdrawnMs, numbers);
        continue;
      }
      need.quantity_pledged += quantity;
      if (delivered) {
        need.quantity_delivered += quantity;
        lastDelivery = Math.max(lastDelivery, dueMs);
        event('pledge.delivered', pledge.account_id, pledgeSubject, ...where, dueMs, numbers);
      }
    }
    const metMs = lastDelivery + random.int(1, 6) * DAY;
    const closedMs =
      need.quantity_delivered >= needed && happened(metMs) && (stoppedMs === null || metMs < stoppedMs)
        ? metMs
        : stoppedMs;
    if (closedMs !== null) {
      need.closed_at = iso(closedMs);
      event('need.closed', lead, subject, ...where, closedMs);
    }
  }
}

/** News now and then while it runs: the template's milestones, and more the longer it runs. */
export function buildNews(tools: DemoTools, life: InitiativeLife): void {
  const { random, id, iso, rows, event, calendar } = tools;
  const { initiative, plan, lead, running, stoppedMs } = life;
  const until = stoppedMs ?? tools.asOf;
  const months = running.reduce((s, [from, to]) => s + (Math.min(to, tools.asOf) - from) / (30 * DAY), 0);
  const titles = [...plan.template.updates, ...sample(random, NEWS, Math.floor(months / 2))];
  for (const title of titles) {
    const ms = calendar.moment(random, plan.createdMs + DAY, until);
    if (!(ms < until)) continue;
    const update = {
      id: id(),
      initiative_id: initiative.id,
      author_id: lead,
      title,
      body: `${title}. Dank aan iedereen die meehielp!`,
      created_at: iso(ms),
      ...HIDDEN,
    };
    rows.updates.push(update);
    event(
      'update.published',
      lead,
      { type: 'update', id: update.id },
      initiative.primary_area_id,
      initiative.domain,
      ms,
    );
  }
}
