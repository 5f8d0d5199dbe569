import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RoleSchema } from '../../../contracts/roles.ts';
import { roleScope } from '../accounts/role-text.ts';

/** Known fields read as words ("role: ambtenaar"); anything else is shown as it was stored. */
function describeValue(t: TFunction, key: string, value: unknown, areaNames: Record<string, string>): string {
  if (key === 'role') {
    const role = RoleSchema.safeParse(value);
    if (role.success) return t(`roles.${role.data}`);
  }
  if (key === 'areaId' && typeof value === 'string' && areaNames[value]) return areaNames[value];
  if (key === 'areaId' && (value === null || typeof value === 'string')) return roleScope(t, value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Snapshot({ label, value, areaNames }: { label: string; value: unknown; areaNames: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const fieldName = (key: string) =>
    i18n.exists(`audit.fields.${key}`) ? String(t(`audit.fields.${key}` as 'audit.fields.role')) : key;
  if (value === null || value === undefined) return null;
  const entries = typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [['', value] as const];
  return (
    <div className="ws-change">
      <span className="ws-change__label">{label}:</span>{' '}
      {entries.map(([key, inner], index) => (
        <span key={key || index} className="ws-change__pair">
          {key && <span className="ws-change__key">{fieldName(key)} </span>}
          {describeValue(t, key, inner, areaNames)}
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
