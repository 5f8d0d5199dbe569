import { scaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './chart-figure.tsx';
import { TableScroll } from './table-scroll.tsx';
import { useWidth } from './use-width.ts';

const MARGIN = { top: 16, right: 16, bottom: 44, left: 56 };

export interface ScatterPoint {
  id: string;
  label: string;
  x: number;
  y: number;
  /** The area the page is about: drawn larger, with its name. */
  highlight?: boolean;
}

export interface ScatterChartProps {
  title: string;
  points: readonly ScatterPoint[];
  xLabel: string;
  yLabel: string;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  summary: ReactNode;
  /** The first column of the table, e.g. "Buurt". */
  labelHeader: string;
}

/** One dot per area: a measured figure against a survey figure (d3-scale). */
export function ScatterChart({
  title,
  points,
  xLabel,
  yLabel,
  formatX,
  formatY,
  summary,
  labelHeader,
}: ScatterChartProps) {
  const { t } = useTranslation();
  const { ref, width } = useWidth<HTMLDivElement>();
  const height = Math.round(Math.min(360, Math.max(240, width * 0.6)));
  const extent = (values: number[]) => [Math.min(0, ...values), Math.max(...values, 0.0001)] as [number, number];
  const x = scaleLinear()
    .domain(extent(points.map((p) => p.x)))
    .nice(4)
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain(extent(points.map((p) => p.y)))
    .nice(4)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const sorted = [...points].sort((a, b) => a.label.localeCompare(b.label));

  return (
    <ChartFigure
      title={title}
      summary={summary}
      table={
        <TableScroll label={t('monitor.chart.tableOf', { title })}>
          <table className="utrecht-table ws-mtable">
            <caption className="utrecht-table__caption ws-visually-hidden">{title}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {labelHeader}
                </th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {xLabel}
                </th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {yLabel}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {sorted.map((p) => (
                <tr key={p.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {p.highlight ? <strong>{p.label}</strong> : p.label}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatX(p.x)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatY(p.y)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
    >
      <div ref={ref} className="ws-chart__canvas">
        <svg width={width} height={height} className="ws-chart__svg" focusable="false">
          {y.ticks(4).map((tick) => (
            <g key={`y${tick}`}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} className="ws-chart__grid" />
              <text x={MARGIN.left - 6} y={y(tick)} className="ws-chart__tick ws-chart__tick--y">
                {formatY(tick)}
              </text>
            </g>
          ))}
          {x.ticks(width < 420 ? 3 : 5).map((tick) => (
            <g key={`x${tick}`}>
              <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={height - MARGIN.bottom} className="ws-chart__grid" />
              <text x={x(tick)} y={height - MARGIN.bottom + 16} className="ws-chart__tick ws-chart__tick--x">
                {formatX(tick)}
              </text>
            </g>
          ))}
          <text x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 6} className="ws-chart__axis-label">
            {xLabel}
          </text>
          <text
            x={12}
            y={(MARGIN.top + height - MARGIN.bottom) / 2}
            transform={`rotate(-90 12 ${(MARGIN.top + height - MARGIN.bottom) / 2})`}
            className="ws-chart__axis-label"
          >
            {yLabel}
          </text>
          {points
            .filter((p) => !p.highlight)
            .map((p) => (
              <circle key={p.id} cx={x(p.x)} cy={y(p.y)} r={5} className="ws-chart__point" />
            ))}
          {points
            .filter((p) => p.highlight)
            .map((p) => (
              <g key={p.id}>
                <circle cx={x(p.x)} cy={y(p.y)} r={8} className="ws-chart__point ws-chart__point--highlight" />
                <text
                  x={x(p.x)}
                  y={y(p.y) - 12}
                  className={`ws-chart__point-label${x(p.x) > width / 2 ? ' ws-chart__point-label--end' : ''}`}
                >
                  {p.label}
                </text>
              </g>
            ))}
        </svg>
      </div>
    </ChartFigure>
  );
}
