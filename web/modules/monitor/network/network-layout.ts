import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { Network, NetworkNode } from '../monitor.api.ts';

export interface PlacedNode {
  node: NetworkNode;
  x: number;
  y: number;
  r: number;
  /** Sum of the weights of its ties. */
  degree: number;
}

export interface PlacedEdge {
  source: PlacedNode;
  target: PlacedNode;
  weight: number;
}

interface SimNode {
  index?: number;
  x?: number;
  y?: number;
  vx?: number;
  vy?: number;
  id: string;
  r: number;
}

/** A node's radius: its area grows with the residents it stands for. */
export function radiusOf(node: NetworkNode, largest: number): number {
  const base = node.kind === 'municipality' ? 14 : node.kind === 'residents' ? 6 : 5;
  return base + 16 * Math.sqrt(Math.max(0, node.size) / Math.max(1, largest));
}

/**
 * A force layout (d3-force), run to rest before drawing: no animation, and the same picture
 * every time for the same network (d3-force starts from a fixed arrangement and a seeded random source).
 */
export function layoutNetwork(
  network: Network,
  width: number,
  height: number,
): { nodes: PlacedNode[]; edges: PlacedEdge[] } {
  const largest = Math.max(1, ...network.nodes.map((n) => n.size));
  const known = new Set(network.nodes.map((n) => n.id));
  const edges = network.edges.filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target);
  const simNodes: SimNode[] = network.nodes.map((n) => ({ id: n.id, r: radiusOf(n, largest) }));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const links = edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const simulation = forceSimulation<SimNode>(simNodes)
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((n) => n.id)
        .distance((l) => 40 + 40 * (1 - l.weight / maxWeight))
        .strength(0.4),
    )
    .force('charge', forceManyBody<SimNode>().strength(-90))
    .force(
      'collide',
      forceCollide<SimNode>((n) => n.r + 3),
    )
    .force('x', forceX<SimNode>(width / 2).strength(0.06))
    .force('y', forceY<SimNode>(height / 2).strength(0.08))
    .force('center', forceCenter(width / 2, height / 2))
    .stop();
  simulation.tick(300);

  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.weight);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.weight);
  }
  // Stretch the drawing to fill the picture (the layout keeps its shape; sizes stay as they are).
  const fit = fitter(simNodes, width, height);
  const placed = new Map<string, PlacedNode>();
  network.nodes.forEach((node, i) => {
    const sim = simNodes[i]!;
    const [x, y] = fit(sim.x ?? width / 2, sim.y ?? height / 2);
    const r = sim.r;
    placed.set(node.id, {
      node,
      r,
      x: Math.max(r + 2, Math.min(width - r - 2, x)),
      y: Math.max(r + 2, Math.min(height - r - 2, y)),
      degree: degree.get(node.id) ?? 0,
    });
  });
  return {
    nodes: [...placed.values()],
    edges: edges.map((e) => ({ source: placed.get(e.source)!, target: placed.get(e.target)!, weight: e.weight })),
  };
}

/** Maps the laid-out positions onto the picture with a margin for names, enlarging at most threefold. */
function fitter(nodes: readonly SimNode[], width: number, height: number): (x: number, y: number) => [number, number] {
  const margin = 28;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(1, maxX - minX);
  const spanY = Math.max(1, maxY - minY);
  const k = Math.min(3, (width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * k) / 2;
  const offsetY = (height - spanY * k) / 2;
  return (x, y) => [offsetX + (x - minX) * k, offsetY + (y - minY) * k];
}
