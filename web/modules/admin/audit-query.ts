import type { AuditQuery } from './admin.api.ts';

/** The audit-log filters as they appear in the URL and the form: dates as YYYY-MM-DD. */
export interface AuditFilters {
  action: string;
  actorId: string;
  subjectId: string;
  from: string;
  to: string;
}

export const filterNames = [
  'action',
  'actorId',
  'subjectId',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilters)[];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const value = (name: keyof AuditFilters) => params.get(name)?.trim() ?? '';
  return {
    action: value('action'),
    actorId: value('actorId'),
    subjectId: value('subjectId'),
    from: value('from'),
    to: value('to'),
  };
}

export function filtersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filters[name].trim()) params.set(name, filters[name].trim());
  return params;
}

/** Midnight at the start of a local calendar day, as an ISO instant. */
function startOfDay(date: string, plusDays = 0): string | undefined {
  if (!DATE.test(date)) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const local = new Date(year, month - 1, day + plusDays);
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString();
}

/** The API's `to` is exclusive; the form's "up to and including" day ends at the next midnight. */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = {};
  if (filters.action) query.action = filters.action;
  if (filters.actorId) query.actorId = filters.actorId;
  if (filters.subjectId) query.subjectId = filters.subjectId;
  const from = startOfDay(filters.from);
  const to = startOfDay(filters.to, 1);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

export function datesInOrder(filters: AuditFilters): boolean {
  return !filters.from || !filters.to || filters.from <= filters.to;
}
