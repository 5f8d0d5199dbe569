import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { direction, trendFacts, type Point } from '../summaries.ts';
import { ChartFigure } from './chart-figure.tsx';
import { TableScroll } from './table-scroll.tsx';
import { useWidth } from './use-width.ts';

const HEIGHT = 180;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 52 };

const asDate = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`);

export interface TrendChartProps {
  title: string;
  points: readonly Point[];
  /** A value as a short label, e.g. "23%". */
  format: (value: number) => string;
  /** A date as a short label, e.g. "mei 2026". */
  formatDate: (date: string) => string;
  /** The same in full for the table and summary. */
  formatLongDate: (date: string) => string;
  valueHeader: string;
  /** A value that cannot be shown (suppressed or absent) in the table. */
  missingText: string;
  /** Fixed bottom and top of the scale, e.g. [0, 1] for a share; otherwise from the values. */
  domain?: readonly [number, number];
  /** A reference line, e.g. the index target. */
  target?: { value: number; label: string } | undefined;
  /** Extra sentences after the summary. */
  note?: ReactNode;
}

/** A line over time (d3-scale, d3-shape), drawn at the width it gets, with gaps where nothing is measured. */
export function TrendChart({
  title,
  points,
  format,
  formatDate,
  formatLongDate,
  valueHeader,
  missingText,
  domain,
  target,
  note,
}: TrendChartProps) {
  const { t } = useTranslation();
  const { ref, width } = useWidth<HTMLDivElement>();
  const facts = trendFacts(points);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  // A fixed scale (0–100%) still stretches to show a value beyond it rather than draw off the chart.
  const highest = Math.max(...values, target?.value ?? 0, 0);
  const top = domain ? Math.max(domain[1], highest) : highest * 1.1;
  const bottom = Math.min(domain?.[0] ?? 0, ...values);
  const x = scaleUtc()
    .domain([asDate(points[0]?.date ?? '2000-01-01'), asDate(points.at(-1)?.date ?? '2000-01-02')])
    .range([MARGIN.left, Math.max(MARGIN.left + 10, width - MARGIN.right)]);
  const y = scaleLinear()
    .domain([bottom, top > bottom ? top : bottom + 1])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path =
    line<Point>()
      .defined((p) => p.value !== null)
      .x((p) => x(asDate(p.date)))
      .y((p) => y(p.value ?? 0))(points as Point[]) ?? '';
  // Labels on the time axis: first, last and one between when there is room for it.
  const labelDates =
    points.length <= 1
      ? points.map((p) => p.date)
      : width < 420
        ? [points[0]!.date, points.at(-1)!.date]
        : [points[0]!.date, points[Math.floor((points.length - 1) / 2)]!.date, points.at(-1)!.date];

  const trend = direction(facts);
  const summary =
    facts.measured === 0
      ? t('monitor.chart.noMeasurements')
      : facts.measured === 1 || !facts.first || !facts.last || !facts.lowest || !facts.highest
        ? t('monitor.chart.oneMeasurement', {
            value: format(facts.last!.value),
            date: formatLongDate(facts.last!.date),
          })
        : t(`monitor.chart.trend.${trend ?? 'level'}`, {
            from: format(facts.first.value),
            fromDate: formatLongDate(facts.first.date),
            to: format(facts.last.value),
            toDate: formatLongDate(facts.last.date),
            low: format(facts.lowest.value),
            lowDate: formatLongDate(facts.lowest.date),
            high: format(facts.highest.value),
            highDate: formatLongDate(facts.highest.date),
          });

  return (
    <ChartFigure
      title={title}
      summary={
        <>
          {summary}
          {note ? <> {note}</> : null}
        </>
      }
      table={
        <TableScroll label={t('monitor.chart.tableOf', { title })}>
          <table className="utrecht-table ws-mtable">
            <caption className="utrecht-table__caption ws-visually-hidden">{title}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('monitor.chart.date')}
                </th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {valueHeader}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {points.map((p) => (
                <tr key={p.date} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {formatLongDate(p.date)}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {p.value === null ? missingText : format(p.value)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    >
      <div ref={ref} className="ws-chart__canvas">
        <svg width={width} height={HEIGHT} className="ws-chart__svg" focusable="false">
          {y.ticks(4).map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className="ws-chart__grid" />
              <text x={MARGIN.left - 6} y={y(tick)} className="ws-chart__tick ws-chart__tick--y">
                {format(tick)}
              </text>
            </g>
          ))}
          {labelDates.map((date, i) => (
            <text
              key={date}
              x={x(asDate(date))}
              y={HEIGHT - 8}
              className={`ws-chart__tick ws-chart__tick--x${i === 0 ? ' ws-chart__tick--start' : i === labelDates.length - 1 && i > 0 ? ' ws-chart__tick--end' : ''}`}
            >
              {formatDate(date)}
            </text>
          ))}
          {target && (
            <g>
              <line
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                y1={y(target.value)}
                y2={y(target.value)}
                className="ws-chart__target"
              />
              <text x={width - MARGIN.right} y={y(target.value) - 4} className="ws-chart__target-label">
                {target.label}
              </text>
            </g>
          )}
          <path d={path} className="ws-chart__line" />
          {points.map((p) =>
            p.value === null ? null : (
              <circle key={p.date} cx={x(asDate(p.date))} cy={y(p.value)} r={3} className="ws-chart__dot" />
            ),
          )}
        </svg>
      </div>
    </ChartFigure>
  );
}
