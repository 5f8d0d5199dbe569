import type { TFunction } from 'i18next';
import type { Role } from '../../../contracts/roles.ts';

/** "ambtenaar (hele gemeente)" or "ambtenaar (gebied BU03630001)". */
export function roleScope(t: TFunction, areaId: string | null): string {
  return areaId === null ? t('roles.wholeMunicipality') : t('roles.inArea', { areaId });
}

export function roleText(t: TFunction, grant: { role: Role; areaId: string | null }): string {
  return `${t(`roles.${grant.role}`)} (${roleScope(t, grant.areaId)})`;
}
