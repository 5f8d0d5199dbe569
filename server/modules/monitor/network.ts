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

/**
 * `participants`: the residents of the area active in the window; `ties`: every tie whose from-node
 * lies in the area; `isNeighbourhood` tells whether a tie's other end lies in one neighbourhood.
 */
export function measureNetwork(
  participants: ReadonlySet<string>,
  ties: readonly Tie[],
  isNeighbourhood: (areaId: string) => boolean,
): NetworkMeasures {
  const sets = new UnionFind();
  const linked = new Set<string>();
  let bridging = 0;
  let bonding = 0;
  for (const tie of ties) {
    sets.union(tie.from, tie.to);
    for (const node of [tie.from, tie.to]) {
      if (node.startsWith('r:') && participants.has(node.slice(2))) linked.add(node.slice(2));
    }
    if (tie.from.startsWith('r:') && tie.toAreaId && isNeighbourhood(tie.toAreaId)) {
      if (tie.toAreaId === tie.areaId) bonding += 1;
      else bridging += 1;
    }
  }
  const groupSizes = new Map<string, number>();
  for (const resident of linked) {
    const root = sets.find(`r:${resident}`);
    groupSizes.set(root, (groupSizes.get(root) ?? 0) + 1);
  }
  const largestGroup = Math.max(0, ...groupSizes.values());
  return {
    participants: participants.size,
    largestGroup,
    isolated: participants.size - linked.size,
    bridging,
    bonding,
  };
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
  const groupMembers = new Map<string, Set<string>>();
  const nodeResidents = new Map<string, Set<string>>();
  const edgeResidents = new Map<string, Set<string>>();
  const otherEdges = new Map<string, number>();
  const nodeArea = new Map<string, string | null>();

  // A node's area: the smallest id among its ties' areas, so the picture does not depend on their order.
  const placeNode = (node: string, areaId: string | null) => {
    const known = nodeArea.get(node);
    if (known === undefined || (areaId !== null && (known === null || areaId < known))) nodeArea.set(node, areaId);
  };
  const groupOf = (resident: string) => {
    const home = homeOf(resident);
    return home === undefined ? undefined : `n:${home}`;
  };
  const add = (map: Map<string, Set<string>>, key: string, member: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(member);
  };

  for (const tie of ties) {
    if (tie.from.startsWith('r:')) {
      const resident = tie.from.slice(2);
      const group = `n:${tie.areaId}`;
      add(groupMembers, group, resident);
      if (tie.to.startsWith('r:')) {
        const other = tie.to.slice(2);
        const otherGroup = groupOf(other);
        // The neighbour is in the picture too, in their own neighbourhood's group.
        if (otherGroup) add(groupMembers, otherGroup, other);
        if (otherGroup && otherGroup !== group) add(edgeResidents, `${group}\u0000${otherGroup}`, resident);
      } else {
        add(nodeResidents, tie.to, resident);
        add(edgeResidents, `${group}\u0000${tie.to}`, resident);
        placeNode(tie.to, tie.toAreaId);
      }
    } else {
      const key = `${tie.from}\u0000${tie.to}`;
      otherEdges.set(key, (otherEdges.get(key) ?? 0) + 1);
      placeNode(tie.from, tie.areaId);
      placeNode(tie.to, tie.toAreaId);
    }
  }

  const kindOf = (id: string): PictureNode['kind'] =>
    id.startsWith('i:') ? 'initiative' : id.startsWith('o:') ? 'organisation' : 'municipality';
  const others = [...new Set([...nodeResidents.keys(), ...nodeArea.keys()])]
    .filter((id) => !id.startsWith('n:') && !id.startsWith('r:'))
    .map((id) => ({ id, size: nodeResidents.get(id)?.size ?? 0 }))
    .sort((a, b) => b.size - a.size || a.id.localeCompare(b.id))
    .slice(0, maxNodes);
  const kept = new Set(others.map((o) => o.id));
  const nodes: PictureNode[] = [
    ...[...groupMembers.entries()]
      .map(([id, members]) => ({
        id,
        kind: 'residents' as const,
        ref: id.slice(2),
        size: members.size,
        areaId: id.slice(2),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    ...others.map(({ id, size }) => ({
      id,
      kind: kindOf(id),
      ref: id.slice(2),
      size,
      areaId: nodeArea.get(id) ?? null,
    })),
  ];
  const edges = [
    ...[...edgeResidents.entries()].map(([key, members]) => ({ key, weight: members.size })),
    ...[...otherEdges.entries()].map(([key, weight]) => ({ key, weight })),
  ]
    .map(({ key, weight }) => {
      const [source, target] = key.split('\u0000') as [string, string];
      return { source, target, weight };
    })
    .filter(
      (edge) =>
        (edge.source.startsWith('n:') || kept.has(edge.source)) &&
        (edge.target.startsWith('n:') || kept.has(edge.target)),
    )
    .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return { nodes, edges };
}
