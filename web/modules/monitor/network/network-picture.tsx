import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../ui/links.tsx';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { TableScroll } from '../charts/table-scroll.tsx';
import { useWidth } from '../charts/use-width.ts';
import type { Network, NetworkNode } from '../monitor.api.ts';
import { useMonitorText } from '../monitor-text.ts';
import { layoutNetwork, type PlacedNode } from './network-layout.ts';
import { nodeHref } from './node-links.ts';
import { NodeShape, NodeSymbol } from './node-shape.tsx';

const KINDS: ReadonlyArray<NetworkNode['kind']> = ['residents', 'initiative', 'organisation', 'municipality'];

/** The local ecosystem as a picture (d3-force), with a text summary and a table of every node and its ties. */
export function NetworkPicture({
  network,
  title,
  minResidents,
}: {
  network: Network;
  title: string;
  minResidents: number;
}) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const { ref, width } = useWidth<HTMLDivElement>(600);
  const height = Math.round(Math.min(640, Math.max(320, width * 0.75)));
  const { nodes, edges } = useMemo(() => layoutNetwork(network, width, height), [network, width, height]);
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  // Names of neighbourhoods and the municipality only: initiatives are many, with long names (the table has them).
  const labelled = (n: PlacedNode) => n.node.kind === 'residents' || n.node.kind === 'municipality';

  const count = (kind: NetworkNode['kind']) => network.nodes.filter((n) => n.kind === kind).length;
  const strongest = [...edges].sort((a, b) => b.weight - a.weight)[0];
  const summary = [
    t('monitor.network.summaryNodes', {
      residents: count('residents'),
      initiatives: count('initiative'),
      organisations: count('organisation'),
      ties: edges.length,
    }),
    strongest &&
      t('monitor.network.summaryStrongest', {
        a: strongest.source.node.label,
        b: strongest.target.node.label,
        count: strongest.weight,
      }),
    network.hiddenGroups > 0 && t('monitor.network.hidden', { count: network.hiddenGroups, min: minResidents }),
  ]
    .filter(Boolean)
    .join(' ');

  const tiesOf = (id: string) =>
    edges
      .filter((e) => e.source.node.id === id || e.target.node.id === id)
      .map((e) => ({ other: e.source.node.id === id ? e.target.node : e.source.node, weight: e.weight }))
      .sort((a, b) => b.weight - a.weight);
  const rows = [...nodes].sort(
    (a, b) => KINDS.indexOf(a.node.kind) - KINDS.indexOf(b.node.kind) || b.node.size - a.node.size,
  );

  return (
    <>
      <ul className="ws-plain-list ws-network-legend" aria-label={t('monitor.network.legend')}>
        {KINDS.map((kind) => (
          <li key={kind}>
            <NodeSymbol kind={kind} /> {t(`monitor.network.kinds.${kind}`)}
          </li>
        ))}
        <li>
          <span className="ws-network-legend__line" aria-hidden="true" /> {t('monitor.network.legendTie')}
        </li>
      </ul>
      <ChartFigure
        title={title}
        summary={summary}
        className="ws-chart--network"
        table={
          <TableScroll label={t('monitor.chart.tableOf', { title })}>
            <table className="utrecht-table ws-mtable">
              <caption className="utrecht-table__caption ws-visually-hidden">{title}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('monitor.network.name')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('monitor.network.kind')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                    {t('monitor.network.size')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('monitor.network.ties')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {rows.map(({ node }) => {
                  const href = nodeHref(node);
                  const ties = tiesOf(node.id);
                  return (
                    <tr key={node.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {href ? <TextLink to={href}>{node.label}</TextLink> : node.label}
                      </th>
                      <td className="utrecht-table__cell">{t(`monitor.network.kindNames.${node.kind}`)}</td>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric">{text.number(node.size)}</td>
                      <td className="utrecht-table__cell">
                        {ties.length === 0
                          ? t('monitor.network.noTies')
                          : ties
                              .map((tie) => t('monitor.network.tie', { name: tie.other.label, count: tie.weight }))
                              .join('; ')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        }
      >
        <div ref={ref} className="ws-chart__canvas">
          <svg width={width} height={height} className="ws-chart__svg ws-network" focusable="false">
            {edges.map((e) => (
              <line
                key={`${e.source.node.id}-${e.target.node.id}`}
                x1={e.source.x}
                y1={e.source.y}
                x2={e.target.x}
                y2={e.target.y}
                strokeWidth={1 + 5 * (e.weight / maxWeight)}
                className="ws-network__tie"
              />
            ))}
            {nodes.map((n) => (
              <NodeShape key={n.node.id} kind={n.node.kind} x={n.x} y={n.y} r={n.r} />
            ))}
            {nodes.filter(labelled).map((n) => (
              <text key={`label-${n.node.id}`} x={n.x} y={n.y + n.r + 12} className="ws-network__label">
                {n.node.label}
              </text>
            ))}
          </svg>
        </div>
      </ChartFigure>
    </>
  );
}
