import { useTranslation } from 'react-i18next';
import { legendClasses } from '../class-breaks.ts';

/** The colour classes with their ranges in words, and the two patterns; a list, so it reads without colour. */
export function MapLegend({
  thresholds,
  format,
  title,
  direction,
  minResidents,
  hasSuppressed,
  hasMissing,
}: {
  thresholds: readonly number[];
  format: (value: number) => string;
  title: string;
  direction: string;
  minResidents: number;
  hasSuppressed: boolean;
  hasMissing: boolean;
}) {
  const { t } = useTranslation();
  const classes = legendClasses(thresholds);
  const rangeText = (from: number | null, to: number | null) => {
    if (from === null && to === null) return t('monitor.map.legendAll');
    if (from === null) return t('monitor.map.legendBelow', { to: format(to!) });
    if (to === null) return t('monitor.map.legendFrom', { from: format(from) });
    return t('monitor.map.legendBetween', { from: format(from), to: format(to) });
  };
  return (
    <div className="ws-legend">
      <p className="ws-legend__title" id="monitor-legend-title">
        {title} <span className="ws-legend__direction">({direction})</span>
      </p>
      <ul className="ws-plain-list ws-legend__list" aria-labelledby="monitor-legend-title">
        {classes.map((c) => (
          <li key={c.colour} className="ws-legend__item">
            <span className="ws-legend__swatch" style={{ background: c.colour }} aria-hidden="true" />
            {rangeText(c.from, c.to)}
          </li>
        ))}
        {hasSuppressed && (
          <li className="ws-legend__item">
            <span className="ws-legend__swatch ws-legend__swatch--hatch" aria-hidden="true" />
            {t('monitor.map.legendSuppressed', { count: minResidents })}
          </li>
        )}
        {hasMissing && (
          <li className="ws-legend__item">
            <span className="ws-legend__swatch ws-legend__swatch--dots" aria-hidden="true" />
            {t('monitor.map.legendMissing')}
          </li>
        )}
      </ul>
    </div>
  );
}
