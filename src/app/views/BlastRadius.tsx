// The blast radius picture: assets on rings by distance from the agent, each marked by what the
// current configuration lets the agent do to it and what it actually did. Shape and text carry the
// mark as well as color, and the same facts are listed below the picture for screen readers.

export const ZONES = ['workspace', 'home', 'host-secrets', 'internal', 'internet'] as const;
export type Zone = (typeof ZONES)[number];
export type AssetMark = 'unreachable' | 'reachable' | 'touched' | 'exfiltrated';

export interface AssetView {
  id: string;
  label: string;
  zone: Zone;
  mark: AssetMark;
  weight: number;
}

const ZONE_LABEL: Record<Zone, string> = {
  workspace: 'workspace',
  home: 'home dir',
  'host-secrets': 'host secrets',
  internal: 'internal services',
  internet: 'internet',
};

const MARK_LABEL: Record<AssetMark, string> = {
  unreachable: 'out of reach',
  reachable: 'reachable',
  touched: 'touched',
  exfiltrated: 'exfiltrated',
};

function polar(cx: number, cy: number, r: number, angle: number) {
  return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
}

function Marker({ x, y, mark }: { x: number; y: number; mark: AssetMark }) {
  switch (mark) {
    case 'unreachable':
      return <circle cx={x} cy={y} r={5} className="asset asset-unreachable" />;
    case 'reachable':
      return <circle cx={x} cy={y} r={6} className="asset asset-reachable" />;
    case 'touched':
      return <rect x={x - 6} y={y - 6} width={12} height={12} className="asset asset-touched" />;
    case 'exfiltrated':
      return (
        <g className="asset asset-exfiltrated">
          <circle cx={x} cy={y} r={8} />
          <path d={`M${x - 4} ${y - 4} L${x + 4} ${y + 4} M${x + 4} ${y - 4} L${x - 4} ${y + 4}`} />
        </g>
      );
  }
}

export interface BlastRadiusProps {
  product: string;
  assets: readonly AssetView[];
  reachableScore: number;
  realizedScore: number;
  size?: number;
}

export function BlastRadius({ product, assets, reachableScore, realizedScore, size = 220 }: BlastRadiusProps) {
  const c = size / 2;
  const ringGap = (c - 14) / ZONES.length;
  const byZone = ZONES.map((zone) => assets.filter((a) => a.zone === zone));
  return (
    <figure className="blast" aria-labelledby={`blast-cap-${product}`}>
      <svg viewBox={`0 0 ${size} ${size}`} width="100%" style={{ maxWidth: size }} role="img" aria-label={`Blast radius for ${product}: reachable ${reachableScore}, realized ${realizedScore}`}>
        {ZONES.map((zone, i) => (
          <g key={zone}>
            <circle cx={c} cy={c} r={ringGap * (i + 1)} className={`ring ring-${i}`} />
            <text x={c} y={c - ringGap * (i + 1) + 11} className="ring-label" textAnchor="middle">{ZONE_LABEL[zone]}</text>
          </g>
        ))}
        <circle cx={c} cy={c} r={7} className="agent-dot" />
        {byZone.map((list, i) =>
          list.map((asset, j) => {
            const angle = Math.PI * 0.15 + ((j + 0.5) / list.length) * Math.PI * 1.7 + i * 0.4;
            const { x, y } = polar(c, c, ringGap * (i + 0.55) + 2, angle);
            return (
              <g key={asset.id} data-asset={asset.id} data-mark={asset.mark}>
                <title>{`${asset.label}: ${MARK_LABEL[asset.mark]} (weight ${asset.weight})`}</title>
                <Marker x={x} y={y} mark={asset.mark} />
              </g>
            );
          }),
        )}
      </svg>
      <figcaption id={`blast-cap-${product}`} className="blast-scores">
        <span>Reachable <strong data-testid={`reachable-score-${product}`}>{reachableScore}</strong></span>
        <span>Realized <strong data-testid={`blast-score-${product}`}>{realizedScore}</strong></span>
      </figcaption>
      <ul className="blast-list">
        {assets.filter((a) => a.mark !== 'unreachable').map((a) => (
          <li key={a.id} className={`mark-${a.mark}`}>
            <span className="blast-list-mark">{MARK_LABEL[a.mark]}</span> {a.label} <span className="muted">({ZONE_LABEL[a.zone]}, weight {a.weight})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
