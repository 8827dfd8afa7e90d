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
  /** Open (no prompt needed), behind a prompt, or closed; absent draws every reachable asset alike. */
  reach?: 'open' | 'prompt' | 'closed';
  weight: number;
}

/** What a marker shows: what happened to the asset in the run, else how it can be reached. */
export type Glyph = 'closed' | 'open' | 'prompt' | 'reachable' | 'touched' | 'exfiltrated';

export function glyphOf(a: Pick<AssetView, 'mark' | 'reach'>): Glyph {
  if (a.mark === 'touched' || a.mark === 'exfiltrated') return a.mark;
  if (a.mark === 'unreachable') return 'closed';
  return a.reach === 'open' ? 'open' : a.reach === 'prompt' ? 'prompt' : 'reachable';
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

// Ring labels sit at the top of each ring; markers only in the lower part (SVG angles grow
// clockwise from 3 o'clock, so 0..π is the bottom half), so a label and a marker never overlap.
const ARC_FROM = Math.PI * 0.02;
const ARC_SPAN = Math.PI * 0.96;

function Marker({ x, y, glyph }: { x: number; y: number; glyph: Glyph }) {
  switch (glyph) {
    case 'closed':
      return <circle cx={x} cy={y} r={4.5} className="asset asset-unreachable" />;
    case 'reachable':
      return <circle cx={x} cy={y} r={6} className="asset asset-reachable" />;
    case 'open':
      return <circle cx={x} cy={y} r={6} className="asset asset-open" />;
    case 'prompt':
      // A door someone has to open: a dashed ring around a question mark's stroke and dot.
      return (
        <g className="asset asset-prompt">
          <circle cx={x} cy={y} r={6} />
          <path d={`M${x} ${y - 3} L${x} ${y + 1}`} />
          <circle cx={x} cy={y + 3} r={0.8} className="asset-prompt-dot" />
        </g>
      );
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

const GLYPH_LABEL: Record<Glyph, string> = {
  closed: 'closed',
  reachable: 'reachable',
  open: 'open',
  prompt: 'behind a prompt',
  touched: 'touched',
  exfiltrated: 'exfiltrated',
};

const GLYPH_MEANING: Record<Glyph, string> = {
  closed: 'every door to it is denied, whoever clicks what: not counted in reachable',
  reachable: 'a door is open or behind a prompt: the agent could get at it',
  open: 'reachable with nobody\'s yes: only the agent\'s intent stands in the way',
  prompt: 'reachable once a person clicks yes on a prompt (a tired person usually does)',
  touched: 'realized: the agent read or changed it in this run',
  exfiltrated: 'realized: it left through a boundary in this run',
};

/** The marks with their shapes and what they mean, in words (open and prompt when the assets say which). */
export function BlastLegend({ split = true }: { split?: boolean }) {
  const glyphs: Glyph[] = split ? ['open', 'prompt', 'closed', 'touched', 'exfiltrated'] : ['reachable', 'closed', 'touched', 'exfiltrated'];
  return (
    <dl className="blast-legend" data-testid="blast-legend">
      {glyphs.map((g) => (
        <div key={g} data-glyph={g}>
          <dt><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><Marker x={9} y={9} glyph={g} /></svg>{GLYPH_LABEL[g]}</dt>
          <dd>{GLYPH_MEANING[g]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An asset's mark in words: what happened to it, else how it can be reached. */
function describe(a: AssetView): string {
  const g = glyphOf(a);
  if ((g === 'touched' || g === 'exfiltrated') && a.reach && a.reach !== 'closed') return `${GLYPH_LABEL[g]} (${a.reach === 'open' ? 'open' : 'behind a prompt'})`;
  return g === 'closed' ? MARK_LABEL.unreachable : GLYPH_LABEL[g];
}

export interface BlastRadiusProps {
  product: string;
  assets: readonly AssetView[];
  reachableScore: number;
  realizedScore: number;
  /** The part of reachable only a prompt guards; with `maximum`, draws open and behind-a-prompt side by side. */
  promptScore?: number;
  /** The world's maximum reachable (every capability of every asset). */
  maximum?: number;
  /** Largest drawn width in px; the picture shrinks with its container and, with `fill`, grows to it. */
  size?: number;
  /** Grow to the container's width (presenter mode). */
  fill?: boolean;
  /** Show the legend and what the two scores mean (the panes do; the review grid is too small). */
  explain?: boolean;
}

const VIEW = 240;

/** Open doors and doors behind a prompt, as one stacked bar over the world's maximum, open drawn first. */
export function ReachSplit({ product, open, prompt, maximum }: { product: string; open: number; prompt: number; maximum: number }) {
  const pct = (v: number) => `${maximum > 0 ? Math.min(100, (100 * v) / maximum) : 0}%`;
  return (
    <div className="reach-split" data-testid={`reach-split-${product}`}>
      <span className="reach-split-bar" aria-hidden="true">
        <span className="reach-split-open" style={{ width: pct(open) }} />
        <span className="reach-split-prompt" style={{ width: pct(prompt) }} />
      </span>
      <span className="reach-split-text">
        <span className="reach-key reach-key-open" aria-hidden="true" />open <strong data-testid={`open-score-${product}`}>{open}</strong>
        {' '}<span className="reach-key reach-key-prompt" aria-hidden="true" />behind a prompt <strong data-testid={`prompt-score-${product}`}>{prompt}</strong>
        <span className="muted"> of {maximum}</span>
      </span>
    </div>
  );
}

export function BlastRadius({ product, assets, reachableScore, realizedScore, promptScore, maximum, size = 260, fill = false, explain = false }: BlastRadiusProps) {
  const c = VIEW / 2;
  const ringGap = (c - 6) / ZONES.length;
  const byZone = ZONES.map((zone) => assets.filter((a) => a.zone === zone));
  const split = assets.some((a) => a.reach !== undefined);
  return (
    <figure className={`blast${fill ? ' blast-fill' : ''}`} aria-labelledby={`blast-cap-${product}`} data-testid={`blast-${product}`}>
      <svg viewBox={`0 0 ${VIEW} ${VIEW}`} width="100%" style={fill ? undefined : { maxWidth: size }} role="img" aria-label={`Blast radius for ${product}: reachable ${reachableScore}, realized ${realizedScore}`}>
        {ZONES.map((zone, i) => (
          <circle key={zone} cx={c} cy={c} r={ringGap * (i + 1)} className={`ring ring-${i}`} />
        ))}
        <circle cx={c} cy={c} r={5} className="agent-dot" />
        {byZone.map((list, i) =>
          list.map((asset, j) => {
            const angle = ARC_FROM + ((j + 0.5) / list.length) * ARC_SPAN;
            const { x, y } = polar(c, c, ringGap * (i + 0.5) + (i === 0 ? 3 : 0), angle);
            return (
              <g key={asset.id} data-asset={asset.id} data-mark={asset.mark} data-glyph={glyphOf(asset)}>
                <title>{`${asset.label}: ${describe(asset)} (weight ${asset.weight})`}</title>
                <Marker x={x} y={y} glyph={glyphOf(asset)} />
              </g>
            );
          }),
        )}
        {/* Drawn last, over the rings, with a halo so they stay readable. */}
        {ZONES.map((zone, i) => (
          <text key={zone} x={c} y={c - ringGap * (i + 0.5) + 4} className="ring-label" textAnchor="middle">{ZONE_LABEL[zone]}</text>
        ))}
      </svg>
      <figcaption id={`blast-cap-${product}`} className="blast-scores">
        <span>Reachable <strong data-testid={`reachable-score-${product}`}>{reachableScore}</strong></span>
        <span>Realized <strong data-testid={`blast-score-${product}`}>{realizedScore}</strong></span>
      </figcaption>
      {promptScore !== undefined && maximum !== undefined && <ReachSplit product={product} open={reachableScore - promptScore} prompt={promptScore} maximum={maximum} />}
      {explain && (
        <details className="blast-explain" data-testid={`blast-explain-${product}`}>
          <summary>What the picture and the scores mean</summary>
          <p><strong>Reachable</strong>: the weight of everything these settings let the agent get at, through an open door or one only a prompt guards (a tired human opens it). A closed door does not count. It is the ceiling on the damage. The bar splits it: <strong>open</strong> needs nobody's yes; <strong>behind a prompt</strong> waits for a click. A change that turns prompts into walls shrinks the bar; one that opens doors without asking moves them from the prompt part into the open part.</p>
          <p><strong>Realized</strong>: the weight of what the agent actually touched or sent out in this run.</p>
          <BlastLegend split={split} />
        </details>
      )}
      <ul className="blast-list">
        {assets.filter((a) => a.mark !== 'unreachable').map((a) => (
          <li key={a.id} className={`mark-${a.mark}`}>
            <span className="blast-list-mark">{describe(a)}</span> {a.label} <span className="muted">({ZONE_LABEL[a.zone]}, weight {a.weight})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
