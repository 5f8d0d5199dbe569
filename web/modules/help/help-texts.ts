import type { TFunction } from 'i18next';
import type { HelpKind, HelpRequest } from '../../../contracts/help.ts';

// The API names kinds, statuses and reasons by code; the texts live in the translation files.
export const kindText = (t: TFunction, kind: HelpKind): string => t(`help.kinds.${kind}` as 'help.kinds.company');
export const statusText = (t: TFunction, status: HelpRequest['status']): string =>
  t(`help.status.${status}` as 'help.status.open');
export const urgencyText = (t: TFunction, urgency: HelpRequest['urgency']): string =>
  t(`help.urgency.${urgency}` as 'help.urgency.normal');

/** A matching reason in the reader's language; the English text from the server when no translation exists. */
export function reasonText(
  t: TFunction,
  exists: (key: string) => boolean,
  reason: { code: string; text: string; values?: Record<string, number> | undefined },
): string {
  const key = `help.reasons.${reason.code}`;
  return exists(key) ? String(t(key as 'help.reasons.kind', reason.values ?? {})) : reason.text;
}

export function whenText(t: TFunction, request: HelpRequest, formatDate: (iso: string) => string): string {
  const when = request.when;
  const parts = when.dayParts.map((p) => t(`help.dayParts.${p}` as 'help.dayParts.morning')).join(', ');
  const base =
    when.schedule === 'once'
      ? formatDate(when.date)
      : t('help.recurringOn', {
          days: when.days.map((d) => t(`help.days.${d}` as 'help.days.mon')).join(', '),
          frequency: t(`help.frequency.${when.frequency}` as 'help.frequency.weekly'),
        });
  return parts ? `${base} (${parts})` : base;
}
