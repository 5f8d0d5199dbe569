import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RoleSchema } from '../../../contracts/roles.ts';
import { formatCalendarDate, formatDateTime, formatNumber, intlLocale } from '../../lib/format.ts';
import { roleScope } from '../accounts/role-text.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A recorded value in words: a role by its name, an area by its name, yes/no, amounts in euros,
 * dates and numbers in the reader's style; nested objects one level deep ("nieuw 2, ongewijzigd 0").
 */
function describeValue(
  t: TFunction,
  language: string,
  fieldName: (key: string) => string,
  key: string,
  value: unknown,
  areaNames: Record<string, string>,
): string {
  if (key === 'role') {
    const role = RoleSchema.safeParse(value);
    if (role.success) return t(`roles.${role.data}`);
  }
  if (key === 'areaId' && typeof value === 'string' && areaNames[value]) return areaNames[value];
  if (key === 'areaId' && (value === null || typeof value === 'string')) return roleScope(t, value);
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (typeof value === 'number' && key.endsWith('Cents'))
    return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'EUR' }).format(value / 100);
  if (typeof value === 'number') return formatNumber(value, language, 2);
  if (typeof value === 'string' && DATE.test(value)) return formatCalendarDate(value, language);
  if (typeof value === 'string' && MOMENT.test(value)) return formatDateTime(value, language);
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.map((item) => describeValue(t, language, fieldName, '', item, areaNames)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(
        ([inner, innerValue]) =>
          `${fieldName(inner)} ${describeValue(t, language, fieldName, inner, innerValue, areaNames)}`,
      )
      .join(', ');
  return String(value);
}

/** Ids say nothing to a reader: they stay in the technical details (the full record). */
const isId = (key: string) => key !== 'areaId' && /(^id|Id|Ids)$/.test(key);

function Snapshot({ label, value, areaNames }: { label: string; value: unknown; areaNames: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const fieldName = (key: string) =>
    i18n.exists(`audit.fields.${key}`)
      ? String(t(`audit.fields.${key}` as 'audit.fields.role'))
      : key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (value === null || value === undefined) return null;
  const entries =
    typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).filter(([key]) => !isId(key))
      : [['', value] as const];
  if (entries.length === 0) return null;
  return (
    <div className="ws-change">
      <span className="ws-change__label">{label}:</span>{' '}
      {entries.map(([key, inner], index) => (
        <span key={key || index} className="ws-change__pair">
          {key && <span className="ws-change__key">{fieldName(key)} </span>}
          {describeValue(t, i18n.language, fieldName, key, inner, areaNames)}
          {index < entries.length - 1 ? '; ' : ''}
        </span>
      ))}
    </div>
  );
}

export function AuditChange({
  before,
  after,
  reason,
  areaNames = {},
}: {
  before: unknown;
  after: unknown;
  reason: string | null;
  /** Names of the areas the entry is about, so an area id reads as its name. */
  areaNames?: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Snapshot label={t('audit.before')} value={before} areaNames={areaNames} />
      <Snapshot label={t('audit.after')} value={after} areaNames={areaNames} />
      {reason && (
        <div className="ws-change">
          <span className="ws-change__label">{t('audit.reason')}:</span> {reason}
        </div>
      )}
    </>
  );
}
