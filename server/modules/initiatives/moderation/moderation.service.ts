import { coveredAreas, withAncestors } from '../../areas/areas.port.ts';
import type { z } from 'zod';
import type {
  CreateReportSchema,
  ModeratedType,
  ModerationResultSchema,
  QueuedReport,
  ReportSchema,
  ReportStatus,
} from '../../../../contracts/initiatives-moderation.ts';
import type { Db } from '../../../db/database.ts';
import { hasRoleFor, type Caller } from '../../../http/auth.ts';
import { authorityFor, scopeOf, type Authority } from '../../../http/scope.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { conflict, forbidden, notFound } from '../../../http/problem.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { MODERATOR_ROLES } from '../initiatives.policy.ts';
import { createInitiativesRepository } from '../initiatives.repository.ts';
import type { ContentReportsTable } from '../initiatives.tables.ts';
import { createMembersRepository } from '../members/members.repository.ts';
import { createModerationRepository, type ModeratedSubject } from './moderation.repository.ts';
import { createNotifier } from '../notifier.ts';

type CreateReport = z.infer<typeof CreateReportSchema>;
type Report = z.infer<typeof ReportSchema>;
type ModerationResult = z.infer<typeof ModerationResultSchema>;

function presentReport(row: ContentReportsTable): Report {
  return {
    id: row.id,
    subjectType: row.subject_type as ModeratedType,
    subjectId: row.subject_id,
    reason: row.reason,
    explanation: row.explanation,
    status: row.status,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolutionNote: row.resolution_note,
  };
}

/**
 * Anyone logged in reports content; civil servants (for the content's area) hide it with a reason
 * its author sees. Hidden content is kept, and every hide and restore is audit-logged.
 */
export function createModerationService(deps: InitiativesDeps) {
  const { db, clock, ids } = deps;
  const notify = createNotifier(deps);

  async function lineageOf(subject: ModeratedSubject): Promise<string[]> {
    if (subject.initiativeId) {
      const areaIds =
        (await createInitiativesRepository(db).areasOf([subject.initiativeId])).get(subject.initiativeId) ?? [];
      return withAncestors(deps.areas, areaIds);
    }
    return subject.areaId ? withAncestors(deps.areas, [subject.areaId]) : [];
  }

  async function mustFindSubject(type: ModeratedType, id: string): Promise<ModeratedSubject> {
    const subject = await createModerationRepository(db).findSubject(type, id);
    if (!subject) throw notFound('The content');
    return subject;
  }

  async function hide(
    trx: Db,
    caller: Caller,
    authority: Authority,
    subject: ModeratedSubject,
    hidden: boolean,
    reason: string,
  ): Promise<void> {
    const nowIso = clock.now().toISOString();
    await createModerationRepository(trx).setHidden(
      subject.type,
      subject.id,
      hidden
        ? { hidden_at: nowIso, hidden_by: caller.accountId, hidden_reason: reason }
        : { hidden_at: null, hidden_by: null, hidden_reason: null },
    );
    await deps.audit(trx, {
      actorId: caller.accountId,
      action: hidden ? 'content.hidden' : 'content.restored',
      subjectType: subject.type,
      subjectId: subject.id,
      before: { hidden: subject.hidden_at !== null, reason: subject.hidden_reason },
      after: { hidden, reason },
      reason,
      authority,
    });
    const audience = new Set([subject.authorId]);
    if (subject.type === 'initiative')
      for (const id of await createMembersRepository(trx).organiserAccountIds(subject.id)) audience.add(id);
    await notify(trx, [...audience], {
      kind: hidden ? 'content.hidden' : 'content.restored',
      subjectType: subject.type,
      subjectId: subject.id,
      message: `${subject.title}: ${reason}`,
    });
  }

  /** The moderator's grant covering the content's area (its scope in the audit log). */
  async function requireModeratorFor(caller: Caller, subject: ModeratedSubject): Promise<Authority> {
    const authority = authorityFor(caller, MODERATOR_ROLES, await lineageOf(subject));
    if (!authority) throw forbidden('Only civil servants for this area can moderate this content.');
    return authority;
  }

  return {
    async report(caller: Caller, input: CreateReport): Promise<Report> {
      const subject = await mustFindSubject(input.subjectType, input.subjectId);
      const seesIt =
        !subject.hidden_at ||
        subject.authorId === caller.accountId ||
        hasRoleFor(caller, MODERATOR_ROLES, await lineageOf(subject));
      if (!seesIt) throw notFound('The content');
      const row: ContentReportsTable = {
        id: ids(),
        subject_type: input.subjectType,
        subject_id: input.subjectId,
        reporter_id: caller.accountId,
        reason: input.reason,
        explanation: input.explanation,
        status: 'open',
        created_at: clock.now().toISOString(),
        resolved_at: null,
        resolved_by: null,
        resolution_note: null,
      };
      await createModerationRepository(db).insertReport(row);
      return presentReport(row);
    },

    /**
     * The queue of a moderator: reports about content in its areas; a municipality-wide moderator
     * also sees reports about content without an area.
     */
    async listReports(caller: Caller, status: ReportStatus, limit: number, cursor?: string) {
      const within = await coveredAreas(deps.areas, scopeOf(caller, MODERATOR_ROLES));
      const repo = createModerationRepository(db);
      const rows = await repo.listReports(status, limit, decodeCursor(cursor), within);
      const shown = rows.slice(0, limit);
      const [content, reporters] = await Promise.all([
        repo.reportedContent(shown.map((row) => ({ type: row.subject_type, id: row.subject_id }))),
        deps.accounts.displayNames(shown.map((row) => row.reporter_id)),
      ]);
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row): QueuedReport => {
          const found = content.get(`${row.subject_type}:${row.subject_id}`);
          return {
            ...presentReport(row),
            content: found
              ? {
                  title: found.title,
                  excerpt: found.text,
                  initiativeId: found.initiativeId,
                  initiativeTitle: found.initiativeTitle,
                  hidden: found.hidden,
                }
              : null,
            reporterName: reporters.get(row.reporter_id) ?? null,
          };
        },
      );
    },

    async resolve(
      caller: Caller,
      reportId: string,
      input: { action: 'hide' | 'dismiss'; reason: string },
    ): Promise<Report> {
      const repo = createModerationRepository(db);
      const report = await repo.findReport(reportId);
      if (!report) throw notFound('The report');
      const subject = await mustFindSubject(report.subject_type as ModeratedType, report.subject_id);
      const authority = await requireModeratorFor(caller, subject);
      const closing = {
        status: input.action === 'hide' ? ('resolved' as const) : ('dismissed' as const),
        resolved_at: clock.now().toISOString(),
        resolved_by: caller.accountId,
        resolution_note: input.reason,
      };
      await db.transaction().execute(async (trx) => {
        const tx = createModerationRepository(trx);
        if (!(await tx.closeReport(report.id, closing)))
          throw conflict('This report has already been handled.', 'report-closed');
        if (input.action === 'hide') {
          if (!subject.hidden_at) await hide(trx, caller, authority, subject, true, input.reason);
          await tx.closeOpenReportsOn(subject.type, subject.id, closing);
        } else {
          await deps.audit(trx, {
            actorId: caller.accountId,
            action: 'report.dismissed',
            subjectType: subject.type,
            subjectId: subject.id,
            reason: input.reason,
            authority,
          });
        }
      });
      const closed = await repo.findReport(reportId);
      if (!closed) throw notFound('The report');
      return presentReport(closed);
    },

    async setHidden(
      caller: Caller,
      type: ModeratedType,
      id: string,
      input: { hidden: boolean; reason: string },
    ): Promise<ModerationResult> {
      const subject = await mustFindSubject(type, id);
      const authority = await requireModeratorFor(caller, subject);
      if ((subject.hidden_at !== null) === input.hidden)
        throw conflict(
          input.hidden ? 'This content is already hidden.' : 'This content is not hidden.',
          input.hidden ? 'already-hidden' : 'not-hidden',
        );
      await db.transaction().execute((trx) => hide(trx, caller, authority, subject, input.hidden, input.reason));
      const after = await mustFindSubject(type, id);
      return {
        subjectType: type,
        subjectId: id,
        hidden: after.hidden_at !== null,
        hiddenAt: after.hidden_at,
        reason: after.hidden_reason,
      };
    },
  };
}
export type ModerationService = ReturnType<typeof createModerationService>;
