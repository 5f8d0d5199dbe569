import { describe, expect, it } from 'vitest';
import type { Network } from '../monitor.api.ts';
import { layoutNetwork } from './network-layout.ts';

const network: Network = {
  asOf: '2026-05-12',
  hiddenGroups: 1,
  nodes: [
    { id: 'r1', kind: 'residents', label: 'Oranjebuurt', size: 120, areaId: 'a1' },
    { id: 'r2', kind: 'residents', label: 'Patrimonium', size: 40, areaId: 'a2' },
    { id: 'i1', kind: 'initiative', label: 'Moestuin', size: 30, areaId: 'a1' },
    { id: 'o1', kind: 'organisation', label: 'Buurthuis', size: 12, areaId: null },
    { id: 'm', kind: 'municipality', label: 'Gemeente', size: 0, areaId: null },
  ],
  edges: [
    { source: 'r1', target: 'i1', weight: 25 },
    { source: 'r2', target: 'i1', weight: 5 },
    { source: 'i1', target: 'o1', weight: 1 },
    { source: 'i1', target: 'm', weight: 1 },
    { source: 'r1', target: 'gone', weight: 3 },
  ],
};

describe('layoutNetwork', () => {
  it('places every node inside the picture, larger groups larger', () => {
    const { nodes } = layoutNetwork(network, 600, 400);
    expect(nodes).toHaveLength(5);
    for (const n of nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(600);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(400);
    }
    const r = (id: string) => nodes.find((n) => n.node.id === id)!.r;
    expect(r('r1')).toBeGreaterThan(r('r2'));
  });

  it('drops ties to nodes that are not there (a hidden group) and counts the rest', () => {
    const { nodes, edges } = layoutNetwork(network, 600, 400);
    expect(edges).toHaveLength(4);
    expect(nodes.find((n) => n.node.id === 'i1')!.degree).toBe(32);
  });

  it('draws the same picture twice', () => {
    const a = layoutNetwork(network, 600, 400).nodes.map((n) => [n.x, n.y]);
    const b = layoutNetwork(network, 600, 400).nodes.map((n) => [n.x, n.y]);
    expect(a).toEqual(b);
  });
});
