import type { InvalidParam } from '../../../../contracts/common.ts';
import type { CreateDecision, SteeringDecision, SteeringLayer, SubjectType } from '../../../../contracts/steering.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, notFound } from '../../../http/problem.ts';
import { addCalendarDays, todayInAmsterdam } from '../../../platform/dutch-time.ts';
import type { AdviceService } from '../advice.service.ts';
import type { SteeringContext, Subject } from '../steering.context.ts';
import { subjectKey } from '../steering.context.ts';
import type { SteeringDeps } from '../steering.deps.ts';
import { DECIDERS } from '../steering.policy.ts';
import type { SteeringDecisionsTable, SteeringMilestonesTable } from '../steering.tables.ts';
import { createDecisionsRepository } from './decisions.repository.ts';
import { presentDecision } from './decisions.presenters.ts';
import { createGrantsRepository } from './grants.repository.ts';
import { createPerformanceRepository } from './performance.repository.ts';
import { fieldProblem } from '../field-problems.ts';

/** How far ahead a review date may lie. */
const MAX_REVIEW_YEARS = 3;

/**
 * Steering decisions (docs/steering.md, "Decisions and instruments"): an officer for the subject's
 * area decides a layer with a written motivation — and says why when it differs from the advice —
 * with the instruments of that layer and a review date. Compel and take over also need a
 * proportionality reason and the least intrusive alternative (checked by the contract). The
 * decision, its milestones and its grant land in one transaction with the audit record; the
 * organisers of the initiative concerned are told, and the advice is computed again.
 */
export function createDecisionsService(deps: SteeringDeps, context: SteeringContext, advice: AdviceService) {
  const repo = createDecisionsRepository(deps.db);
  const grants = createGrantsRepository(deps.db);
  const performance = createPerformanceRepository(deps.db);

  async function present(rows: readonly SteeringDecisionsTable[]): Promise<SteeringDecision[]> {
    const [refs, counts, t] = await Promise.all([
      context.subjectRefs(rows.map((r) => ({ type: r.subject_type, id: r.subject_id, areaId: r.area_id }))),
      repo.countsFor(rows.map((r) => r.id)),
      advice.thresholds(),
    ]);
    const now = deps.clock.now();
    return rows.map((row) =>
      presentDecision(
        row,
        {
          subject: refs.get(subjectKey(row.subject_type, row.subject_id))!,
          milestones: counts.milestones.get(row.id) ?? { open: 0, met: 0, missed: 0 },
          responses: counts.responses.get(row.id) ?? 0,
          grantId: counts.grants.get(row.id) ?? null,
          challengeId: counts.challenges.get(row.id) ?? null,
        },
        now,
        t.value.deadlines.dueSoonDays,
      ),
    );
  }

  /** Dates that must lie ahead; every problem at once, each naming its field. */
  function checkDates(body: CreateDecision, today: string): InvalidParam[] {
    const problems: InvalidParam[] = [];
    const ahead = (name: string, date: string | undefined) => {
      if (date !== undefined && date <= today) problems.push(fieldProblem(`body.${name}`, 'after_today'));
    };
    ahead('reviewDate', body.reviewDate);
    const latest = todayInAmsterdam(addCalendarDays(deps.clock.now(), 366 * MAX_REVIEW_YEARS));
    if (body.reviewDate > latest)
      problems.push(fieldProblem('body.reviewDate', 'review_too_far', { years: MAX_REVIEW_YEARS }));
    const i = body.instruments;
    ahead('instruments.grant.reportDueDate', i.grant?.reportDueDate);
    ahead('instruments.takeOver.handBackDate', i.takeOver?.handBackDate);
    i.agreement?.milestones.forEach((m, n) => ahead(`instruments.agreement.milestones.${n}.dueDate`, m.dueDate));
    i.enforcement?.conditions.forEach((c, n) => ahead(`instruments.enforcement.conditions.${n}.deadline`, c.deadline));
    return problems;
  }

  async function grantRecipient(
    body: CreateDecision,
    subject: Subject,
  ): Promise<{ initiative: string | null; organisation: string | null }> {
    const grant = body.instruments.grant!;
    const initiative = grant.recipientInitiativeId ?? (grant.recipientOrganisationId ? null : subject.initiativeId);
    const organisation = grant.recipientOrganisationId ?? null;
    const problems: InvalidParam[] = [];
    if (!initiative && !organisation)
      problems.push(fieldProblem('body.instruments.grant.recipientInitiativeId', 'recipient_missing'));
    const names = await context.names([initiative], [organisation]);
    if (initiative && !names.initiative(initiative)?.name)
      problems.push(fieldProblem('body.instruments.grant.recipientInitiativeId', 'no_initiative'));
    if (organisation && !names.organisation(organisation)?.name)
      problems.push(fieldProblem('body.instruments.grant.recipientOrganisationId', 'no_organisation'));
    if (problems.length > 0) throw badRequest('The grant has no valid recipient.', problems);
    return { initiative, organisation };
  }

  return {
    async create(caller: Caller, body: CreateDecision): Promise<SteeringDecision> {
      const subject = await context.loadSubject(body.subjectType, body.subjectId);
      const authority = await context.authorityIn(caller, DECIDERS, subject.areaIds, 'the area of this subject');
      const now = deps.clock.now();
      const problems = checkDates(body, todayInAmsterdam(now));
      if (problems.length > 0) throw badRequest('Some dates are not valid.', problems);
      // Decide on today's advice: compute it first, so the record says what the officer saw.
      await advice.recompute([{ type: subject.type, id: subject.id }], now);
      const current = await advice.advice(subject.type, subject.id).catch(() => null);
      const adviceLayer: SteeringLayer | null = current?.layer ?? null;
      if (adviceLayer !== null && adviceLayer !== body.layer && !body.deviationReason)
        throw badRequest(`The advice is ${adviceLayer}: say why you decide ${body.layer} instead.`, [
          fieldProblem('body.deviationReason', 'deviation_required', { layer: adviceLayer }),
        ]);
      const recipient = body.instruments.grant ? await grantRecipient(body, subject) : null;

      const at = now.toISOString();
      const row: SteeringDecisionsTable = {
        id: deps.ids(),
        subject_type: subject.type,
        subject_id: subject.id,
        area_id: subject.areaId,
        layer: body.layer,
        advice_layer: adviceLayer,
        motivation: body.motivation,
        deviation_reason: adviceLayer !== null && adviceLayer !== body.layer ? (body.deviationReason ?? null) : null,
        instruments_json: JSON.stringify(body.instruments),
        proportionality_reason: body.proportionalityReason ?? null,
        least_intrusive_alternative: body.leastIntrusiveAlternative ?? null,
        review_date: body.reviewDate,
        decided_by: caller.accountId,
        decided_at: at,
        superseded_at: null,
      };
      const milestones: SteeringMilestonesTable[] = (body.instruments.agreement?.milestones ?? []).map((m) => ({
        id: deps.ids(),
        decision_id: row.id,
        challenge_id: null,
        task_id: subject.type === 'task' ? subject.id : null,
        initiative_id: subject.initiativeId,
        area_id: subject.areaId,
        title: m.title,
        due_date: m.dueDate,
        status: 'open',
        note: null,
        recorded_at: null,
        recorded_by: null,
        created_by: caller.accountId,
        created_at: at,
      }));
      // Affected: the organisers of the initiative concerned, and of the one a grant goes to.
      const organisers = await context.organisersOf([subject.initiativeId, recipient?.initiative ?? null]);
      await deps.db.transaction().execute(async (trx) => {
        await repo.insert(trx, row);
        await performance.insertMilestones(trx, milestones);
        if (body.instruments.grant && recipient)
          await grants.insert(trx, {
            id: deps.ids(),
            decision_id: row.id,
            subject_type: subject.type,
            subject_id: subject.id,
            area_id: subject.areaId,
            recipient_initiative_id: recipient.initiative,
            recipient_organisation_id: recipient.organisation,
            purpose: body.instruments.grant.purpose,
            amount_cents: body.instruments.grant.amountCents,
            paid_cents: 0,
            report_due_date: body.instruments.grant.reportDueDate,
            report_overdue_at: null,
            report_received_on: null,
            report_used_as_agreed: null,
            report_note: null,
            clawback_cents: null,
            clawback_ground: null,
            clawback_reason: null,
            clawback_at: null,
            created_by: caller.accountId,
            created_at: at,
          });
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.decided',
          subjectType: subject.type === 'task' ? 'public_task' : 'initiative',
          subjectId: subject.id,
          areaId: subject.areaId,
          after: { decisionId: row.id, layer: row.layer, adviceLayer, reviewDate: row.review_date },
          reason: row.motivation,
          authority,
        });
        await deps.activity(trx, {
          verb: 'steering.decided',
          actorId: caller.accountId,
          subjectType: 'steering_decision',
          subjectId: row.id,
          areaId: subject.areaId,
          amountCents: body.instruments.grant?.amountCents ?? null,
        });
        await deps.notify(trx, organisers, {
          kind: 'decision.published',
          subject: { type: 'steering_decision', id: row.id },
          message: subject.title,
        });
      });
      await advice.recompute(
        await advice.affected({ taskId: subject.task?.id ?? null, initiativeId: subject.initiativeId }),
      );
      return (await present([row]))[0]!;
    },

    async get(id: string): Promise<SteeringDecision> {
      const row = await repo.find(id);
      if (!row) throw notFound('The decision');
      return (await present([row]))[0]!;
    },

    /** Exists, for the use cases that hang something on a decision. */
    async find(id: string) {
      const row = await repo.find(id);
      if (!row) throw notFound('The decision');
      return row;
    },

    async list(query: {
      areaId?: string | undefined;
      subjectType?: SubjectType | undefined;
      subjectId?: string | undefined;
      layer?: SteeringLayer | undefined;
      limit: number;
      cursor?: string | undefined;
    }) {
      const areaIds = query.areaId ? await deps.areas.subtree(query.areaId) : undefined;
      if (areaIds?.length === 0) return { items: [], nextCursor: null }; // no such area: nothing in it
      const rows = await repo.page(
        {
          ...(areaIds ? { areaIds } : {}),
          ...(query.subjectType ? { subjectType: query.subjectType } : {}),
          ...(query.subjectId ? { subjectId: query.subjectId } : {}),
          ...(query.layer ? { layer: query.layer } : {}),
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.decided_at, id: row.id }),
        (row) => row,
      );
      return { items: await present(page.items), nextCursor: page.nextCursor };
    },
  };
}
export type DecisionsService = ReturnType<typeof createDecisionsService>;
