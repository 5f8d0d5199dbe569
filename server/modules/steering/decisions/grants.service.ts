import type { z } from 'zod';
import type {
  Grant,
  GrantClawbackSchema,
  GrantPaymentSchema,
  GrantReportSchema,
} from '../../../../contracts/steering.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import { todayInAmsterdam } from '../../../platform/dutch-time.ts';
import type { SteeringContext } from '../steering.context.ts';
import { subjectKey } from '../steering.context.ts';
import type { SteeringDeps } from '../steering.deps.ts';
import { DECIDERS } from '../steering.policy.ts';
import type { SteeringGrantsTable } from '../steering.tables.ts';
import { createGrantsRepository } from './grants.repository.ts';
import { fieldProblem } from '../field-problems.ts';

type Payment = z.infer<typeof GrantPaymentSchema>;
type Report = z.infer<typeof GrantReportSchema>;
type Clawback = z.infer<typeof GrantClawbackSchema>;

/**
 * A grant as an instrument, followed through (docs/steering.md, "Grants"): payments up to the
 * amount, the report on how it was used, and a clawback with its ground when the report does not
 * come or the money was not used as agreed. Public, because it is public money.
 */
export function createGrantsService(deps: SteeringDeps, context: SteeringContext) {
  const repo = createGrantsRepository(deps.db);

  function stateOf(row: SteeringGrantsTable, today: string): Grant['state'] {
    if (row.clawback_at) return 'clawed_back';
    if (row.report_received_on) return 'settled';
    if (row.report_due_date < today) return 'report_overdue';
    return Number(row.paid_cents) >= Number(row.amount_cents) ? 'report_due' : 'paying';
  }

  async function present(rows: readonly SteeringGrantsTable[]): Promise<Grant[]> {
    const [refs, names, payments] = await Promise.all([
      context.subjectRefs(rows.map((r) => ({ type: r.subject_type, id: r.subject_id, areaId: r.area_id }))),
      context.names(
        rows.map((r) => r.recipient_initiative_id),
        rows.map((r) => r.recipient_organisation_id),
      ),
      repo.paymentsOf(rows.map((r) => r.id)),
    ]);
    const today = todayInAmsterdam(deps.clock.now());
    return rows.map((row) => ({
      id: row.id,
      decisionId: row.decision_id,
      subject: refs.get(subjectKey(row.subject_type, row.subject_id))!,
      recipient: {
        initiative: names.initiative(row.recipient_initiative_id),
        organisation: names.organisation(row.recipient_organisation_id),
      },
      purpose: row.purpose,
      amountCents: Number(row.amount_cents),
      paidCents: Number(row.paid_cents),
      payments: payments
        .filter((p) => p.grant_id === row.id)
        .map((p) => ({ id: p.id, amountCents: Number(p.amount_cents), paidOn: p.paid_on, note: p.note })),
      reportDueDate: row.report_due_date,
      reportOverdue: !row.report_received_on && !row.clawback_at && row.report_due_date < today,
      report: row.report_received_on
        ? {
            receivedOn: row.report_received_on,
            usedAsAgreed: row.report_used_as_agreed === 1,
            note: row.report_note ?? '',
          }
        : null,
      clawback:
        row.clawback_at && row.clawback_ground
          ? {
              amountCents: Number(row.clawback_cents ?? 0),
              ground: row.clawback_ground,
              reason: row.clawback_reason ?? '',
              decidedAt: row.clawback_at,
            }
          : null,
      state: stateOf(row, today),
      createdAt: row.created_at,
    }));
  }

  async function mustFind(id: string): Promise<SteeringGrantsTable> {
    const row = await repo.find(id);
    if (!row) throw notFound('The grant');
    return row;
  }

  const authorityFor = (caller: Caller, row: SteeringGrantsTable) =>
    context.authorityIn(caller, DECIDERS, row.area_id ? [row.area_id] : [], 'the area of this grant');

  return {
    async get(id: string): Promise<Grant> {
      return (await present([await mustFind(id)]))[0]!;
    },

    async list(query: {
      decisionId?: string | undefined;
      areaId?: string | undefined;
      state?: Grant['state'] | undefined;
      limit: number;
      cursor?: string | undefined;
    }) {
      const areaIds = query.areaId ? await deps.areas.subtree(query.areaId) : undefined;
      if (areaIds?.length === 0) return { items: [], nextCursor: null }; // no such area: nothing in it
      const rows = await repo.page(
        {
          ...(query.decisionId ? { decisionId: query.decisionId } : {}),
          ...(areaIds ? { areaIds } : {}),
          ...(query.state ? { state: query.state } : {}),
          today: todayInAmsterdam(deps.clock.now()),
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => row,
      );
      return { items: await present(page.items), nextCursor: page.nextCursor };
    },

    async pay(caller: Caller, id: string, body: Payment): Promise<Grant> {
      const row = await mustFind(id);
      const authority = await authorityFor(caller, row);
      if (body.paidOn > todayInAmsterdam(deps.clock.now()))
        throw badRequest('A payment is recorded once made.', [fieldProblem('body.paidOn', 'today_or_earlier')]);
      const at = deps.clock.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        const added = await repo.addPayment(trx, {
          id: deps.ids(),
          grant_id: id,
          amount_cents: body.amountCents,
          paid_on: body.paidOn,
          note: body.note ?? null,
          recorded_by: caller.accountId,
          recorded_at: at,
        });
        if (!added)
          throw badRequest('Payments cannot exceed the grant, nor follow a clawback.', [
            fieldProblem('body.amountCents', 'at_most_remaining', {
              cents: Number(row.amount_cents) - Number(row.paid_cents),
            }),
          ]);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.grant-paid',
          subjectType: 'steering_grant',
          subjectId: id,
          areaId: row.area_id,
          after: { amountCents: body.amountCents, paidOn: body.paidOn },
          authority,
        });
        await deps.activity(trx, {
          verb: 'grant.paid',
          actorId: caller.accountId,
          organisationId: null,
          subjectType: 'steering_grant',
          subjectId: id,
          areaId: row.area_id,
          amountCents: body.amountCents,
        });
      });
      return this.get(id);
    },

    async report(caller: Caller, id: string, body: Report): Promise<Grant> {
      const row = await mustFind(id);
      const authority = await authorityFor(caller, row);
      if (row.report_received_on) throw conflict('The report was recorded already.', 'report-recorded');
      if (body.receivedOn > todayInAmsterdam(deps.clock.now()))
        throw badRequest('A report is recorded once received.', [fieldProblem('body.receivedOn', 'today_or_earlier')]);
      await deps.db.transaction().execute(async (trx) => {
        await repo.update(trx, id, {
          report_received_on: body.receivedOn,
          report_used_as_agreed: body.usedAsAgreed ? 1 : 0,
          report_note: body.note,
        });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.grant-report-received',
          subjectType: 'steering_grant',
          subjectId: id,
          areaId: row.area_id,
          after: { receivedOn: body.receivedOn, usedAsAgreed: body.usedAsAgreed },
          authority,
        });
      });
      return this.get(id);
    },

    async clawBack(caller: Caller, id: string, body: Clawback): Promise<Grant> {
      const row = await mustFind(id);
      const authority = await authorityFor(caller, row);
      if (row.clawback_at) throw conflict('A clawback was decided already.', 'clawed-back');
      const today = todayInAmsterdam(deps.clock.now());
      const problems = [];
      if (body.amountCents > Number(row.paid_cents))
        problems.push(fieldProblem('body.amountCents', 'at_most_paid', { cents: Number(row.paid_cents) }));
      if (body.ground === 'no_report' && (row.report_received_on || row.report_due_date >= today))
        problems.push(fieldProblem('body.ground', 'report_not_overdue'));
      if (body.ground === 'not_used_as_agreed' && row.report_received_on && row.report_used_as_agreed === 1)
        problems.push(fieldProblem('body.ground', 'used_as_agreed'));
      if (problems.length > 0) throw badRequest('The clawback is not valid.', problems);
      const organisers = await context.organisersOf([row.recipient_initiative_id]);
      await deps.db.transaction().execute(async (trx) => {
        await repo.update(trx, id, {
          clawback_cents: body.amountCents,
          clawback_ground: body.ground,
          clawback_reason: body.reason,
          clawback_at: deps.clock.now().toISOString(),
        });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.grant-clawed-back',
          subjectType: 'steering_grant',
          subjectId: id,
          areaId: row.area_id,
          after: { amountCents: body.amountCents, ground: body.ground },
          reason: body.reason,
          authority,
        });
        await deps.notify(trx, organisers, {
          kind: 'grant.clawed-back',
          // The grant is shown on its decision's page: the notice opens there.
          subject: { type: 'steering_decision', id: row.decision_id },
          message: row.purpose,
        });
      });
      return this.get(id);
    },

    /** The job: grants whose report is overdue are marked once, and their organisers told once. */
    async markOverdueReports(now = deps.clock.now()): Promise<number> {
      const yesterday = todayInAmsterdam(new Date(now.getTime() - 86_400_000));
      const due = (await repo.reportsDue(yesterday, null, 1000)).filter((row) => !row.report_overdue_at);
      for (const row of due) {
        const organisers = await context.organisersOf([row.recipient_initiative_id]);
        await deps.db.transaction().execute(async (trx) => {
          await repo.update(trx, row.id, { report_overdue_at: now.toISOString() });
          await deps.notify(trx, organisers, {
            kind: 'grant.report-overdue',
            subject: { type: 'steering_decision', id: row.decision_id },
            message: `${row.purpose} (${row.report_due_date})`,
            onceKey: `steering.grant-report-overdue:${row.id}`,
          });
        });
      }
      return due.length;
    },
  };
}
export type GrantsService = ReturnType<typeof createGrantsService>;
