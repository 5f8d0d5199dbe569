import type { Follow, FollowSubjectType, NewsItem, RoundMilestone } from '../../../contracts/calendar.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { notFound } from '../../http/problem.ts';
import type { BudgetingPort, RoundSchedule } from '../budgeting/budgeting.port.ts';
import type { InitiativeNews } from '../initiatives/dated-items.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
import type { NotificationDraft, NotificationsPort } from '../notifications/notifications.port.ts';
import { MILESTONE_TEXT, MILESTONES, milestoneAt } from './calendar-items.ts';
import { calendarNotificationKinds } from './calendar.notification-kinds.ts';
import { createFollowsRepository } from './calendar.repository.ts';
import type { FollowsTable } from './calendar.tables.ts';

/** The job looks this far back for news, so a run that was missed (a restart) loses nothing. */
export const NEWS_LOOKBACK_MS = 24 * 60 * 60 * 1000;
const NEWS_BATCH = 1_000;

export interface FollowsDeps {
  db: Db;
  clock: Clock;
  initiatives: Pick<InitiativesPort, 'news' | 'publicInitiative' | 'initiativeTitles'>;
  budgeting: Pick<BudgetingPort, 'roundsByIds'>;
  notifications: Pick<NotificationsPort, 'notify'>;
}

const newsKey = (item: NewsItem) => item.id;

/** A round's milestones that have passed, as news (a phase begins at each). */
function phaseNews(round: RoundSchedule, nowIso: string): NewsItem[] {
  return MILESTONES.filter((milestone) => milestoneAt(round, milestone) <= nowIso).map((milestone) => ({
    id: `round-phase:${round.id}:${milestone}`,
    kind: 'round-phase' as const,
    subjectType: 'budget-round' as const,
    subjectId: round.id,
    subjectTitle: round.title,
    title: '',
    at: milestoneAt(round, milestone),
    startsAt: null,
    milestone,
  }));
}

function initiativeNews(item: InitiativeNews): NewsItem {
  return {
    id: `${item.kind}:${item.id}`,
    kind: item.kind,
    subjectType: 'initiative',
    subjectId: item.initiativeId,
    subjectTitle: item.initiativeTitle,
    title: item.title,
    at: item.at,
    startsAt: item.startsAt,
    milestone: null,
  };
}

/** Newest first; ties by id, descending (the keyset of the news page). */
function newestFirst(a: NewsItem, b: NewsItem): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Following initiatives and budget rounds: the button, "Wat ik volg", and telling followers the news. */
export function createFollowsService(deps: FollowsDeps) {
  const { db, clock, initiatives, budgeting, notifications } = deps;
  const repo = createFollowsRepository(db);

  /** The subject's public title; null when it does not exist (or is hidden). */
  async function titleOf(type: FollowSubjectType, id: string): Promise<string | null> {
    if (type === 'initiative') return (await initiatives.publicInitiative(id))?.title ?? null;
    return (await budgeting.roundsByIds([id]))[0]?.title ?? null;
  }

  async function present(rows: readonly FollowsTable[]): Promise<Follow[]> {
    const initiativeIds = rows.filter((r) => r.subject_type === 'initiative').map((r) => r.subject_id);
    const roundIds = rows.filter((r) => r.subject_type === 'budget-round').map((r) => r.subject_id);
    const [initiativeTitles, rounds] = await Promise.all([
      initiatives.initiativeTitles(initiativeIds),
      budgeting.roundsByIds(roundIds),
    ]);
    const roundTitles = new Map(rounds.map((round) => [round.id, round.title]));
    return rows.map((row) => ({
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      title: (row.subject_type === 'initiative' ? initiativeTitles : roundTitles).get(row.subject_id) ?? '',
      followedAt: row.created_at,
    }));
  }

  async function notifyOne(accountIds: readonly string[], draft: NotificationDraft): Promise<number> {
    if (accountIds.length === 0) return 0;
    return db.transaction().execute((trx) => notifications.notify(trx, accountIds, draft));
  }

  return {
    async follow(caller: Caller, type: FollowSubjectType, subjectId: string): Promise<Follow> {
      const title = await titleOf(type, subjectId);
      if (title === null) throw notFound(type === 'initiative' ? 'The initiative' : 'The budget round');
      const row = await repo.follow({
        account_id: caller.accountId,
        subject_type: type,
        subject_id: subjectId,
        created_at: clock.now().toISOString(),
      });
      return { subjectType: type, subjectId, title, followedAt: row.created_at };
    },

    async unfollow(caller: Caller, type: FollowSubjectType, subjectId: string): Promise<void> {
      await repo.unfollow(caller.accountId, type, subjectId);
    },

    async list(
      caller: Caller,
      query: {
        limit: number;
        cursor?: string | undefined;
        subjectType?: FollowSubjectType | undefined;
        subjectId?: string | undefined;
      },
    ) {
      const filter = { subjectType: query.subjectType, subjectId: query.subjectId };
      const rows = await repo.list(caller.accountId, filter, query.limit, decodeCursor(query.cursor));
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.created_at, id: row.subject_id }),
        (row) => row,
      );
      return { items: await present(page.items), nextCursor: page.nextCursor };
    },

    /** News of everything the caller follows, newest first. */
    async news(caller: Caller, query: { limit: number; cursor?: string | undefined }) {
      const cursor = decodeCursor(query.cursor);
      const before = cursor ? { at: String(cursor.sort), key: cursor.id } : undefined;
      const follows = await repo.allOf(caller.accountId);
      const initiativeIds = follows.filter((f) => f.subject_type === 'initiative').map((f) => f.subject_id);
      const roundIds = follows.filter((f) => f.subject_type === 'budget-round').map((f) => f.subject_id);
      const nowIso = clock.now().toISOString();
      const [news, rounds] = await Promise.all([
        initiatives.news({ initiativeIds, limit: query.limit, ...(before ? { before } : {}) }),
        budgeting.roundsByIds(roundIds),
      ]);
      const items = [...news.map(initiativeNews), ...rounds.flatMap((round) => phaseNews(round, nowIso))]
        .filter((item) => !before || item.at < before.at || (item.at === before.at && newsKey(item) < before.key))
        .sort(newestFirst)
        .slice(0, query.limit + 1);
      return toPage(
        items,
        query.limit,
        (item) => ({ sort: item.at, id: newsKey(item) }),
        (item) => item,
      );
    },

    /**
     * The job: tells followers the news of the last day — each item once per follower (its once-key),
     * in their chosen channel. Runs every few minutes; a run that was missed is made up by the next.
     */
    /** Returns how many notifications were new. */
    async notifyNews(now: Date): Promise<number> {
      const since = new Date(now.getTime() - NEWS_LOOKBACK_MS);
      const nowIso = now.toISOString();
      let sent = 0;
      const followedInitiatives = await repo.followedSubjects('initiative');
      for (let i = 0; i < followedInitiatives.length; i += 500) {
        const chunk = followedInitiatives.slice(i, i + 500);
        const [news, followers] = await Promise.all([
          initiatives.news({ initiativeIds: chunk, since, limit: NEWS_BATCH }),
          repo.followersOf('initiative', chunk),
        ]);
        for (const item of news) {
          if (item.at > nowIso) continue;
          const accountIds = (followers.get(item.initiativeId) ?? []).filter((id) => id !== item.authorId);
          sent += await notifyOne(accountIds, {
            kind: calendarNotificationKinds.qualified(
              item.kind === 'update' ? 'initiative.update' : 'initiative.activity',
            ),
            subject: { type: 'initiative', id: item.initiativeId },
            message: `${item.initiativeTitle}: ${item.title}`,
            onceKey: `calendar.news:${item.kind}:${item.id}`,
          });
        }
      }
      const followedRounds = await repo.followedSubjects('budget-round');
      const rounds = await budgeting.roundsByIds(followedRounds);
      const roundFollowers = await repo.followersOf('budget-round', followedRounds);
      for (const round of rounds)
        for (const item of phaseNews(round, nowIso)) {
          if (item.at < since.toISOString()) continue;
          const milestone = item.milestone as RoundMilestone;
          sent += await notifyOne(roundFollowers.get(round.id) ?? [], {
            kind: calendarNotificationKinds.qualified('round.phase'),
            subject: { type: 'budget_round', id: round.id },
            message: `${round.title}: ${MILESTONE_TEXT[milestone]}`,
            onceKey: `calendar.phase:${round.id}:${milestone}:${item.at}`,
          });
        }
      return sent;
    },

    /** "Download my data": what the person follows. */
    async exportOf(accountId: string) {
      return (await repo.allOf(accountId)).map((row) => ({
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        followedAt: row.created_at,
      }));
    },
  };
}
export type FollowsService = ReturnType<typeof createFollowsService>;
