import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Every chart comes with a text summary (read out with the picture) and the same numbers as a
 * table behind a disclosure, so nobody needs to see the picture to get what it says.
 */
export function ChartFigure({
  title,
  summary,
  table,
  children,
  className,
}: {
  title: string;
  summary: ReactNode;
  table: ReactNode;
  /** The picture: an svg, given `aria-hidden` here because the summary and table say it all. */
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const summaryId = useId();
  return (
    <figure className={['ws-chart', className ?? ''].filter(Boolean).join(' ')} aria-describedby={summaryId}>
      <figcaption className="ws-chart__title">{title}</figcaption>
      <div className="ws-chart__picture" aria-hidden="true">
        {children}
      </div>
      <p className="utrecht-paragraph ws-chart__summary" id={summaryId}>
        {summary}
      </p>
      <details className="ws-chart__table">
        <summary className="ws-chart__table-toggle">{t('monitor.chart.showTable', { title })}</summary>
        {table}
      </details>
    </figure>
  );
}
