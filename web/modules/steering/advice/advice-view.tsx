import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SteeringAdvice } from '../steering.api.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { inputValueText, pathText } from '../advice-words.ts';
import { capacityText, inputLabel, layerExplanation, layerText, riskText, ruleText } from '../steering-texts.ts';
import { LayerBadge } from '../ui/layer-badge.tsx';
import { ThresholdsList } from './thresholds-list.tsx';

/**
 * One advice, explained: the layer, the rule that fired, every input with its value, what would
 * change it (one layer down and the way back to facilitating), and the thresholds it used.
 */
export function AdviceView({
  advice,
  headingLevel = 3,
  compact = false,
}: {
  advice: SteeringAdvice;
  headingLevel?: 3 | 4;
  /** Beside a form: the measured inputs folded away behind a disclosure. */
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const tableId = useId();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const headingClass = headingLevel === 3 ? 'utrecht-heading-3' : 'utrecht-heading-4';
  const back = advice.whatWouldChange.find((path) => path.toLayer === 'facilitate');
  const down = advice.whatWouldChange.filter((path) => path !== back);
  const inputsTable = (
    <div className="ws-table-scroll" role="region" aria-labelledby={tableId} tabIndex={0}>
      <table className="utrecht-table ws-steering-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('steering.advice.input')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('steering.advice.value')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('steering.advice.source')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {advice.inputs.map((input) => (
            <tr key={input.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {inputLabel(t, input.key)}
              </th>
              <td className="utrecht-table__cell">{inputValueText(t, locale, input.key, input.value)}</td>
              <td className="utrecht-table__cell">
                {t(`steering.sources.${input.source}` as 'steering.sources.task')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="ws-advice" data-testid="advice">
      <p className="utrecht-paragraph ws-advice__layer">
        <strong>{t('steering.advice.layerIs')}</strong> <LayerBadge layer={advice.layer} />
      </p>
      <p className="utrecht-paragraph">{layerExplanation(t, advice.layer)}</p>
      <p className="utrecht-paragraph ws-advice__since">
        {t('steering.advice.since', { date: formatDate(advice.changedAt, locale) })}
      </p>
      {advice.rawLayer !== advice.layer && (
        <p className="utrecht-paragraph">
          {t('steering.advice.rawDiffers', {
            raw: layerText(t, advice.rawLayer).toLowerCase(),
            layer: layerText(t, advice.layer).toLowerCase(),
          })}
        </p>
      )}
      {advice.pending && (
        <p className="utrecht-paragraph ws-advice__pending">
          {t('steering.advice.pending', {
            layer: layerText(t, advice.pending.layer).toLowerCase(),
            since: formatDate(advice.pending.since, locale),
            from: formatDate(advice.pending.effectiveFrom, locale),
          })}
        </p>
      )}

      <H className={headingClass}>{t('steering.advice.ruleTitle')}</H>
      <p className="utrecht-paragraph" data-testid="advice-rule">
        {ruleText(t, advice.rule)}
      </p>
      <p className="utrecht-paragraph">
        {t('steering.advice.capacityAndRisk', {
          capacity: capacityText(t, advice.capacity),
          risk: riskText(t, advice.effectiveRisk),
        })}
      </p>

      {compact ? (
        <details className="ws-steering-details">
          <summary id={tableId}>{t('steering.advice.inputsTitle')}</summary>
          {inputsTable}
        </details>
      ) : (
        <>
          <H className={headingClass} id={tableId}>
            {t('steering.advice.inputsTitle')}
          </H>
          {inputsTable}
        </>
      )}

      <H className={headingClass}>{t('steering.advice.changeTitle')}</H>
      {advice.layer === 'facilitate' ? (
        <p className="utrecht-paragraph">{t('steering.advice.alreadyFacilitate')}</p>
      ) : advice.whatWouldChange.length === 0 ? (
        <p className="utrecht-paragraph">{t('steering.advice.noPathDown')}</p>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="advice-paths">
          {down.map((path) => (
            <li key={path.toLayer} className="utrecht-unordered-list__item">
              <strong>{t('steering.advice.oneDown', { layer: layerText(t, path.toLayer).toLowerCase() })}</strong>{' '}
              {pathText(t, locale, path, advice.thresholds)}
            </li>
          ))}
          {back && (
            <li className="utrecht-unordered-list__item">
              <strong>{t('steering.advice.wayBack')}</strong> {pathText(t, locale, back, advice.thresholds)}
            </li>
          )}
        </ul>
      )}

      <details className="ws-steering-details">
        <summary>{t('steering.advice.thresholdsTitle')}</summary>
        <ThresholdsList thresholds={advice.thresholds} />
      </details>
      <p className="utrecht-paragraph ws-muted">
        {t('steering.advice.computedAt', { date: formatDateTime(advice.computedAt, locale) })}
      </p>
    </div>
  );
}
