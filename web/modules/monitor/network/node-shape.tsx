import type { NetworkNode } from '../monitor.api.ts';

/** Each kind of node has its own shape and fill, so the picture does not rely on colour alone. */
export const NODE_STYLE: Record<NetworkNode['kind'], { fill: string }> = {
  residents: { fill: '#9ecae1' },
  initiative: { fill: '#f6c98f' },
  organisation: { fill: '#b5dcaa' },
  municipality: { fill: '#ffffff' },
};

export function NodeShape({ kind, x, y, r }: { kind: NetworkNode['kind']; x: number; y: number; r: number }) {
  const fill = NODE_STYLE[kind].fill;
  switch (kind) {
    case 'residents':
      return <circle cx={x} cy={y} r={r} fill={fill} className="ws-network__node" />;
    case 'initiative':
      return (
        <rect
          x={x - r * 0.85}
          y={y - r * 0.85}
          width={r * 1.7}
          height={r * 1.7}
          fill={fill}
          className="ws-network__node"
        />
      );
    case 'organisation':
      return (
        <path
          d={`M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`}
          fill={fill}
          className="ws-network__node"
        />
      );
    case 'municipality': {
      const points = Array.from({ length: 6 }, (_, i) => {
        const angle = (Math.PI / 3) * i + Math.PI / 6;
        return `${x + r * Math.cos(angle)},${y + r * Math.sin(angle)}`;
      }).join(' ');
      return <polygon points={points} fill={fill} className="ws-network__node ws-network__node--municipality" />;
    }
  }
}

/** A small symbol of a kind, for the legend. */
export function NodeSymbol({ kind }: { kind: NetworkNode['kind'] }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false" className="ws-network__symbol">
      <NodeShape kind={kind} x={11} y={11} r={9} />
    </svg>
  );
}
