/**
 * The network of shared activity (docs/monitor.md, "Network"): residents, initiatives,
 * organisations and the municipality as nodes, a tie where one acted with another. Pure.
 */

/** Disjoint sets over string ids, with path halving and union by size. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  add(id: string): void {
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.size.set(id, 1);
    }
  }

  find(id: string): string {
    this.add(id);
    let node = id;
    for (;;) {
      const parent = this.parent.get(node)!;
      if (parent === node) return node;
      const grandparent = this.parent.get(parent)!;
      this.parent.set(node, grandparent);
      node = grandparent;
    }
  }

  union(a: string, b: string): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size.get(rootA)! < this.size.get(rootB)!) [rootA, rootB] = [rootB, rootA];
    this.parent.set(rootB, rootA);
    this.size.set(rootA, this.size.get(rootA)! + this.size.get(rootB)!);
  }
}

export interface Tie {
  /** The from-node's area: a resident's home neighbourhood. */
  areaId: string;
  from: string;
  to: string;
  toAreaId: string | null;
}

export interface NetworkMeasures {
  participants: number;
  /** Participants in the largest connected group. */
  largestGroup: number;
  /** Participants without any tie. */
  isolated: number;
  /** Resident ties to another neighbourhood, and within their own. */
  bridging: number;
  bonding: number;
}

/** Names numbered 0, 1, 2, … in the order first seen, so that networks are measured on typed arrays. */
export class NodeNumbers {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];

  of(name: string): number {
    let number = this.numbers.get(name);
    if (number === undefined) {
      this.numbers.set(name, (number = this.names.length));
      this.names.push(name);
    }
    return number;
  }

  get size(): number {
    return this.names.length;
  }
}

/**
 * Ties as typed arrays: the ends' node numbers, the tie's area and its other end's area as area
 * numbers (-1: none), which ends are residents, and whether it bridges (1), bonds (2) or neither (0).
 */
export interface NumberedTies {
  from: Int32Array;
  to: Int32Array;
  area: Int32Array;
  toArea: Int32Array;
  /** 1: the from-node is a resident; 2: the to-node is; 3: both. */
  residents: Uint8Array;
  kind: Uint8Array;
}

const BRIDGING = 1;
const BONDING = 2;

export function numberTies(
  ties: readonly Tie[],
  nodes: NodeNumbers,
  areas: NodeNumbers,
  isNeighbourhood: (areaId: string) => boolean,
): NumberedTies {
  const n = ties.length;
  const numbered = {
    from: new Int32Array(n),
    to: new Int32Array(n),
    area: new Int32Array(n),
    toArea: new Int32Array(n),
    residents: new Uint8Array(n),
    kind: new Uint8Array(n),
  };
  ties.forEach((tie, i) => {
    numbered.from[i] = nodes.of(tie.from);
    numbered.to[i] = nodes.of(tie.to);
    numbered.area[i] = areas.of(tie.areaId);
    numbered.toArea[i] = tie.toAreaId === null ? -1 : areas.of(tie.toAreaId);
    numbered.residents[i] = (tie.from.startsWith('r:') ? 1 : 0) | (tie.to.startsWith('r:') ? 2 : 0);
    if (tie.from.startsWith('r:') && tie.toAreaId && isNeighbourhood(tie.toAreaId))
      numbered.kind[i] = tie.toAreaId === tie.areaId ? BONDING : BRIDGING;
  });
  return numbered;
}

/**
 * Working memory for measuring many areas' networks over one numbering: disjoint sets (path halving,
 * union by size) and marks, each put back after an area so the next starts clean.
 */
export class NetworkScratch {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly touched: number[] = [];
  readonly participant: Uint8Array;
  readonly linked: Uint8Array;

  constructor(nodes: number) {
    this.parent = new Int32Array(nodes).fill(-1);
    this.size = new Int32Array(nodes);
    this.participant = new Uint8Array(nodes);
    this.linked = new Uint8Array(nodes);
  }

  find(node: number): number {
    if (this.parent[node]! < 0) return node;
    let current = node;
    for (;;) {
      const parent = this.parent[current]!;
      if (parent === current) return current;
      const grandparent = this.parent[parent]!;
      this.parent[current] = grandparent;
      current = grandparent;
    }
  }

  private touch(node: number): void {
    if (this.parent[node]! < 0) {
      this.parent[node] = node;
      this.size[node] = 1;
      this.touched.push(node);
    }
  }

  union(a: number, b: number): void {
    this.touch(a);
    this.touch(b);
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size[rootA]! < this.size[rootB]!) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA]! += this.size[rootB]!;
  }

  /** Forgets the sets (the marks are put back by whoever set them). */
  clearSets(): void {
    for (const node of this.touched) this.parent[node] = -1;
    this.touched.length = 0;
  }
}

/**
 * The measures over the ties `indexes` of `ties`, with `participants` the distinct numbers of the
 * area's residents active in the window (as `r:<id>` nodes).
 */
export function measureNumbered(
  ties: NumberedTies,
  indexes: readonly number[],
  participants: readonly number[],
  scratch: NetworkScratch,
): NetworkMeasures {
  for (const node of participants) scratch.participant[node] = 1;
  const linked: number[] = [];
  const link = (node: number) => {
    if (scratch.participant[node] === 1 && scratch.linked[node] === 0) {
      scratch.linked[node] = 1;
      linked.push(node);
    }
  };
  let bridging = 0;
  let bonding = 0;
  for (const i of indexes) {
    const from = ties.from[i]!;
    const to = ties.to[i]!;
    scratch.union(from, to);
    link(from);
    link(to);
    if (ties.kind[i] === BRIDGING) bridging += 1;
    else if (ties.kind[i] === BONDING) bonding += 1;
  }
  const groupSizes = new Map<number, number>();
  let largestGroup = 0;
  for (const node of linked) {
    const root = scratch.find(node);
    const size = (groupSizes.get(root) ?? 0) + 1;
    groupSizes.set(root, size);
    if (size > largestGroup) largestGroup = size;
  }
  for (const node of participants) scratch.participant[node] = 0;
  for (const node of linked) scratch.linked[node] = 0;
  scratch.clearSets();
  return {
    participants: participants.length,
    largestGroup,
    isolated: participants.length - linked.length,
    bridging,
    bonding,
  };
}

/**
 * `participants`: the residents of the area active in the window (distinct); `ties`: every tie whose
 * from-node lies in the area; `isNeighbourhood` tells whether a tie's other end lies in one neighbourhood.
 */
export function measureNetwork(
  participants: ReadonlySet<string>,
  ties: readonly Tie[],
  isNeighbourhood: (areaId: string) => boolean,
): NetworkMeasures {
  const numbers = new NodeNumbers();
  const numbered = numberTies(ties, numbers, new NodeNumbers(), isNeighbourhood);
  const residents = [...participants].map((resident) => numbers.of(`r:${resident}`));
  return measureNumbered(
    numbered,
    ties.map((_, i) => i),
    residents,
    new NetworkScratch(numbers.size),
  );
}

export interface PictureNode {
  id: string;
  kind: 'residents' | 'initiative' | 'organisation' | 'municipality';
  /** For residents: the neighbourhood's id (its name is looked up when shown). */
  ref: string;
  size: number;
  areaId: string | null;
}

export interface Picture {
  nodes: PictureNode[];
  edges: { source: string; target: string; weight: number }[];
}

/**
 * The picture of an area's ecosystem: residents grouped by home neighbourhood (never one by one),
 * and the `maxNodes` initiatives and organisations with the most residents tied to them.
 * `homeOf` gives a resident's neighbourhood. Sizes are raw; suppression happens when shown.
 */
export function picture(
  ties: readonly Tie[],
  homeOf: (residentId: string) => string | undefined,
  maxNodes = 40,
): Picture {
  const nodes = new NodeNumbers();
  const areas = new NodeNumbers();
  const numbered = numberTies(ties, nodes, areas, () => false);
  const home = (resident: number) => {
    const area = homeOf(nodes.names[resident]!.slice(2));
    return area === undefined ? -1 : areas.of(area);
  };
  return pictureNumbered(
    numbered,
    ties.map((_, i) => i),
    { nodes, areas, homeOf: home },
    maxNodes,
  );
}

export interface PictureNames {
  nodes: NodeNumbers;
  areas: NodeNumbers;
  /** A resident's (by node number) home neighbourhood's area number, or -1. */
  homeOf: (resident: number) => number;
}

/** `picture` over the ties `indexes` of numbered ties. */
export function pictureNumbered(
  ties: NumberedTies,
  indexes: readonly number[],
  { nodes: nodeNames, areas: areaNames, homeOf }: PictureNames,
  maxNodes = 40,
): Picture {
  // Residents (by node number) per neighbourhood group (by area number) and per other node.
  const groupMembers = new Map<number, Set<number>>();
  const nodeResidents = new Map<number, Set<number>>();
  // A group, then the other end (a node number, or -1 - area number for another group): its residents.
  const edgeResidents = new Map<number, Map<number, Set<number>>>();
  const otherEdges = new Map<number, Map<number, number>>();
  const nodeArea = new Map<number, number>();

  const areaName = (area: number) => areaNames.names[area]!;
  // A node's area: the smallest id among its ties' areas, so the picture does not depend on their order.
  const placeNode = (node: number, area: number) => {
    const known = nodeArea.get(node);
    if (known === undefined || (area >= 0 && (known < 0 || areaName(area) < areaName(known)))) nodeArea.set(node, area);
  };
  const add = (map: Map<number, Set<number>>, key: number, member: number) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(member);
  };
  const inner = <V>(map: Map<number, Map<number, V>>, key: number) => {
    let found = map.get(key);
    if (!found) map.set(key, (found = new Map()));
    return found;
  };

  for (const i of indexes) {
    const from = ties.from[i]!;
    const to = ties.to[i]!;
    const residents = ties.residents[i]!;
    if (residents & 1) {
      const group = ties.area[i]!;
      add(groupMembers, group, from);
      if (residents & 2) {
        const home = homeOf(to);
        // The neighbour is in the picture too, in their own neighbourhood's group.
        if (home >= 0) {
          add(groupMembers, home, to);
          if (home !== group) add(inner(edgeResidents, group), -1 - home, from);
        }
      } else {
        add(nodeResidents, to, from);
        add(inner(edgeResidents, group), to, from);
        placeNode(to, ties.toArea[i]!);
      }
    } else {
      const targets = inner(otherEdges, from);
      targets.set(to, (targets.get(to) ?? 0) + 1);
      placeNode(from, ties.area[i]!);
      placeNode(to, ties.toArea[i]!);
    }
  }

  const nodeName = (node: number) => (node < 0 ? `n:${areaName(-1 - node)}` : nodeNames.names[node]!);
  const kindOf = (id: string): PictureNode['kind'] =>
    id.startsWith('i:') ? 'initiative' : id.startsWith('o:') ? 'organisation' : 'municipality';
  const others = [...new Set([...nodeResidents.keys(), ...nodeArea.keys()])]
    .map((node) => ({ node, id: nodeName(node) }))
    .filter(({ id }) => !id.startsWith('r:'))
    .map(({ node, id }) => ({ node, id, size: nodeResidents.get(node)?.size ?? 0 }))
    .sort((a, b) => b.size - a.size || byCodePoints(a.id, b.id))
    .slice(0, maxNodes);
  const kept = new Set(others.map((o) => o.node));
  const nodes: PictureNode[] = [
    ...[...groupMembers.entries()]
      .map(([group, members]) => ({
        id: `n:${areaName(group)}`,
        kind: 'residents' as const,
        ref: areaName(group),
        size: members.size,
        areaId: areaName(group),
      }))
      .sort((a, b) => byCodePoints(a.id, b.id)),
    ...others.map(({ node, id, size }) => {
      const area = nodeArea.get(node);
      return {
        id,
        kind: kindOf(id),
        ref: id.slice(2),
        size,
        areaId: area === undefined || area < 0 ? null : areaName(area),
      };
    }),
  ];
  const edges = [
    ...[...edgeResidents].flatMap(([group, targets]) =>
      [...targets]
        .filter(([target]) => target < 0 || kept.has(target))
        .map(([target, members]) => ({ source: nodeName(-1 - group), target: nodeName(target), weight: members.size })),
    ),
    ...[...otherEdges].flatMap(([source, targets]) =>
      kept.has(source)
        ? [...targets]
            .filter(([target]) => kept.has(target))
            .map(([target, weight]) => ({ source: nodeName(source), target: nodeName(target), weight }))
        : [],
    ),
  ].sort((a, b) => byCodePoints(a.source, b.source) || byCodePoints(a.target, b.target));
  return { nodes, edges };
}
/** Ids in a fixed order, whatever the locale (and far faster than `localeCompare` on many ids). */
const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
