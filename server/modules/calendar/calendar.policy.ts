import type { Access } from '../../../contracts/roles.ts';

/**
 * Route-level access. The calendar and its iCal feeds are public — calendar apps subscribe without
 * logging in, and they show only what the initiatives and budget pages already show. Following is
 * for any logged-in account, and each reaches only their own follows and news (the service filters
 * by the caller; there is no way to name another account).
 */
export const calendarAccess = {
  areaCalendar: 'public',
  areaFeed: 'public',
  initiativeFeed: 'public',
  follows: 'authenticated',
  follow: 'authenticated',
  unfollow: 'authenticated',
  news: 'authenticated',
} as const satisfies Record<string, Access>;
