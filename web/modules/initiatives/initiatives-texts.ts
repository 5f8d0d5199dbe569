import type { TFunction } from 'i18next';
import type { Domain, InitiativeStatus, MemberRole, ResponseStateSchema } from '../../../contracts/initiatives.ts';
import type { NeedKind } from '../../../contracts/initiatives-needs.ts';
import type { OrganisationKind } from '../../../contracts/initiatives-organisations.ts';
import type { z } from 'zod';
import type { Need } from './initiatives.api.ts';

// The API names domains, statuses and kinds by code; the texts live in the translation files.
export const domainText = (t: TFunction, domain: Domain): string =>
  t(`initiatives.domains.${domain}` as 'initiatives.domains.safety');
export const statusText = (t: TFunction, status: InitiativeStatus): string =>
  t(`initiatives.statuses.${status}` as 'initiatives.statuses.idea');
export const roleText = (t: TFunction, role: MemberRole): string =>
  t(`initiatives.roles.${role}` as 'initiatives.roles.member');
export const needKindText = (t: TFunction, kind: NeedKind): string =>
  t(`initiatives.needKinds.${kind}` as 'initiatives.needKinds.money');
export const organisationKindText = (t: TFunction, kind: OrganisationKind): string =>
  t(`initiatives.organisationKinds.${kind}` as 'initiatives.organisationKinds.school');
export const responseStateText = (t: TFunction, state: z.infer<typeof ResponseStateSchema>): string =>
  t(`initiatives.responseStates.${state}` as 'initiatives.responseStates.open');

export function euros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** "3 of 6 people", "€ 25,00 of € 450,00", "offered" — how far a need is covered, in words. */
export function coverageText(t: TFunction, need: Need, locale: string): string {
  if (need.unit === 'cents')
    return t('initiatives.needs.coverageMoney', {
      pledged: euros(need.pledged, locale),
      needed: euros(need.needed, locale),
    });
  if (need.unit === 'offer')
    return need.pledged > 0 ? t('initiatives.needs.offered') : t('initiatives.needs.notOffered');
  const unit =
    need.unit === 'people' ? t('initiatives.needs.people') : (need.unitLabel ?? t('initiatives.needs.items'));
  return t('initiatives.needs.coverage', { pledged: need.pledged, needed: need.needed, unit });
}
