import type { Channel } from '../../../contracts/notifications.ts';
import { addCalendarDays, wholeCalendarDaysBetween } from '../../platform/dutch-time.ts';

/** 07:00 in Amsterdam on Monday 1 January 2024: every digest goes out at this wall-clock time. */
const REFERENCE_MONDAY_0700 = new Date('2024-01-01T06:00:00.000Z');

/**
 * When a notification made at `at` is mailed: at once by e-mail, at the next 07:00 (Amsterdam
 * time, whatever the clocks do) for a daily digest, on the next Monday at 07:00 for a weekly one;
 * never for in-app only.
 */
export function mailDueAt(channel: Channel, at: Date): Date | null {
  if (channel === 'app') return null;
  if (channel === 'email') return at;
  const days = wholeCalendarDaysBetween(REFERENCE_MONDAY_0700, at);
  const next = channel === 'daily' ? days + 1 : (Math.floor(days / 7) + 1) * 7;
  return addCalendarDays(REFERENCE_MONDAY_0700, next);
}
