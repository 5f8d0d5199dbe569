import type {
  CalendarItem,
  CalendarPage,
  Follow,
  FollowSubjectType,
  NewsItem,
  RoundMilestone,
} from '../../../contracts/calendar.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type { CalendarItem, CalendarPage, Follow, FollowSubjectType, NewsItem, RoundMilestone };

export const PAGE_SIZE = 20;
const enc = encodeURIComponent;

export const calendarApi = {
  agenda: (api: ApiClient, areaCode: string, range: { from: string; to: string }, cursor?: string) =>
    api.get<CalendarPage>(`/areas/${enc(areaCode)}/calendar`, { ...range, limit: PAGE_SIZE, cursor }),
  follows: (api: ApiClient, cursor?: string, only: { subjectType?: FollowSubjectType; subjectId?: string } = {}) =>
    api.get<PageOf<Follow>>('/follows', { limit: PAGE_SIZE, cursor, ...only }),
  follow: (api: ApiClient, type: FollowSubjectType, id: string) => api.put<Follow>(`/follows/${type}/${enc(id)}`),
  unfollow: (api: ApiClient, type: FollowSubjectType, id: string) => api.delete<null>(`/follows/${type}/${enc(id)}`),
  news: (api: ApiClient, cursor?: string) => api.get<PageOf<NewsItem>>('/followed-news', { limit: PAGE_SIZE, cursor }),
};
