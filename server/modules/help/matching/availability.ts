import { dayParts, weekdays, type HelpWhen, type Slot } from '../../../../contracts/help.ts';

/** The weekly slots a request asks for; empty when it can be any time. */
export function slotsOf(when: HelpWhen): Slot[] {
  const days = when.schedule === 'once' ? [weekdayOf(when.date)] : [...new Set(when.days)];
  const parts = when.dayParts.length > 0 ? [...new Set(when.dayParts)] : [];
  if (parts.length === 0) return [];
  return days.flatMap((day) => parts.map((part) => ({ day, part })));
}

export function weekdayOf(isoDate: string): Slot['day'] {
  // 2024-01-01 was a Monday; counting in UTC keeps this independent of the server's zone.
  const index = (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
  return weekdays[index] ?? 'mon';
}

/** Share of the requested slots the helper is available for; null when either side is flexible. */
export function overlapShare(requested: readonly Slot[], available: readonly Slot[]): number | null {
  if (requested.length === 0 || available.length === 0) return null;
  const keys = new Set(available.map(slotKey));
  return requested.filter((slot) => keys.has(slotKey(slot))).length / requested.length;
}

export const slotKey = (slot: Slot): string => `${slot.day}-${slot.part}`;

export const allSlots: Slot[] = weekdays.flatMap((day) => dayParts.map((part) => ({ day, part })));
