import { useTranslation } from 'react-i18next';
import { AreaChecklist } from '../../ui/area-checklist.tsx';

/** Districts and neighbourhoods as checkboxes, grouped by district: a round may cover several. */
export function AreaPicker({
  selected,
  onChange,
  error,
}: {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <AreaChecklist
      id="areaIds"
      legend={t('budget.areas.legend')}
      selected={selected}
      onChange={onChange}
      error={error}
      districtsSelectable
    />
  );
}
