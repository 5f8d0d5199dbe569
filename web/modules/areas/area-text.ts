import { useTranslation } from 'react-i18next';
import type { AreaKind } from '../../../contracts/areas.ts';

/** Numbers and area descriptions in the reader's language. */
export function useAreaText() {
  const { t, i18n } = useTranslation();
  const number = (n: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(n);
  return {
    number,
    kind: (kind: AreaKind) => t(`areas.kinds.${kind}`),
    population: (population: number | null) =>
      population === null ? '' : t('areas.residents', { population: number(population) }),
    describe: (area: { name: string; population: number | null }) =>
      area.population === null
        ? t('areas.describeUnknown', { name: area.name })
        : t('areas.describe', { name: area.name, population: number(area.population) }),
  };
}
