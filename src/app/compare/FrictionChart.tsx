// Friction (prompts) against blast radius for every preset of each product, as two small scatter
// plots sharing the prompts axis: realized damage on the left, reachable on the right. Shape and
// colour name the product; the learner's settings are ringed. A summary and a data table say the
// same thing in words and numbers.
import { presetLabel } from '../../sim/profile/presets.ts';
import type { ProductId } from '../../sim/core/ids.ts';
import { productModule } from '../../sim/products/index.ts';
import { layoutPanel, niceScale, type ChartDatum, type Geometry, type Measure } from './chartLayout.ts';
import { chartSummary } from './chartSummary.ts';

const GEOMETRY: Geometry = { width: 460, height: 250, left: 40, right: 18, top: 14, bottom: 34 };
const MEASURE_LABEL: Record<Measure, string> = { realized: 'Realized blast radius (what happened)', reachable: 'Reachable blast radius: open + behind a prompt (what could happen)' };
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** "N of M": contained by a boundary out of the incidents that apply; not-applicable counted apart. */
export function containedText(d: Pick<ChartDatum, 'contained' | 'promptOnly' | 'notApplicable' | 'runs'>): string {
  if (d.runs === 1) return d.notApplicable === 1 ? 'not applicable' : d.contained === 1 ? 'contained' : d.promptOnly === 1 ? 'not contained (only a prompt held)' : 'not contained';
  const applicable = d.runs - d.notApplicable;
  const extra = [d.promptOnly > 0 ? `${d.promptOnly} only a prompt held` : '', d.notApplicable > 0 ? `${d.notApplicable} not applicable` : ''].filter(Boolean).join(', ');
  return `${d.contained} of ${applicable} contained${extra ? ` (${extra})` : ''}`;
}

export function Shape({ product, x, y, size = 5, className }: { product: ProductId; x: number; y: number; size?: number; className?: string }) {
  const cls = `fc-shape fc-${product}${className ? ` ${className}` : ''}`;
  switch (productModule(product).marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} className={cls} />;
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} className={cls} />;
    case 'triangle':
      return <path d={`M${x} ${y - size * 1.2} L${x + size * 1.1} ${y + size * 0.8} L${x - size * 1.1} ${y + size * 0.8} Z`} className={cls} />;
    case 'diamond':
      return <path d={`M${x} ${y - size * 1.3} L${x + size * 1.1} ${y} L${x} ${y + size * 1.3} L${x - size * 1.1} ${y} Z`} className={cls} />;
  }
}

function Panel({ data, measure, scales, productName }: {
  data: readonly ChartDatum[];
  measure: Measure;
  scales: { xTop: number; xStep: number; yTop: number; yStep: number };
  productName: (p: ProductId) => string;
}) {
  const g = GEOMETRY;
  const layout = layoutPanel(data, measure, g, scales, productName);
  const { plot } = layout;
  return (
    <figure className="fc-panel" data-testid={`friction-chart-${measure}`}>
      <figcaption className="fc-title">{MEASURE_LABEL[measure]}</figcaption>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} width="100%" role="img" aria-label={`${MEASURE_LABEL[measure]} against prompts, one point per preset; the data table below lists every value`}>
        {layout.yTicks.map((t) => (
          <g key={`y${t.value}`}>
            <line x1={plot.x0} x2={plot.x1} y1={t.at} y2={t.at} className="fc-grid" />
            <text x={plot.x0 - 5} y={t.at + 3} textAnchor="end" className="fc-tick">{t.value}</text>
          </g>
        ))}
        {layout.xTicks.map((t) => (
          <text key={`x${t.value}`} x={t.at} y={plot.y1 + 13} textAnchor="middle" className="fc-tick">{t.value}</text>
        ))}
        <line x1={plot.x0} x2={plot.x1} y1={plot.y1} y2={plot.y1} className="fc-axis" />
        <line x1={plot.x0} x2={plot.x0} y1={plot.y0} y2={plot.y1} className="fc-axis" />
        <text x={(plot.x0 + plot.x1) / 2} y={g.height - 4} textAnchor="middle" className="fc-axis-label">prompts (friction) →</text>
        <text x={11} y={(plot.y0 + plot.y1) / 2} textAnchor="middle" className="fc-axis-label" transform={`rotate(-90 11 ${(plot.y0 + plot.y1) / 2})`}>blast score →</text>
        {measure === 'reachable' && layout.markers.map((m) => {
          // Open drawn inside reachable: a solid stem up to the open part, a hatched one on up to the point.
          const yOpen = plot.y1 - (m.datum.open / scales.yTop) * (plot.y1 - plot.y0);
          return (
            <g key={`s${m.key}`} aria-hidden="true" className="fc-stem">
              <line x1={m.cx} x2={m.cx} y1={plot.y1} y2={yOpen} className="fc-stem-open" />
              <line x1={m.cx} x2={m.cx} y1={yOpen} y2={m.cy} className="fc-stem-prompt" />
              <line x1={m.cx - 3} x2={m.cx + 3} y1={yOpen} y2={yOpen} className="fc-stem-tick" />
            </g>
          );
        })}
        {layout.labels.map((l) => {
          const moved = Math.abs(l.y - 9 - l.from.y) > 8;
          return (
            <g key={`l${l.key}`} className="fc-label">
              {moved && <line x1={l.from.x} y1={l.from.y} x2={l.anchor === 'start' ? l.x - 2 : l.x + 2} y2={l.y - 4} className="fc-leader" />}
              <text x={l.x} y={l.y} textAnchor={l.anchor}>
                {l.lines.map((line, i) => <tspan key={line} x={l.x} dy={i === 0 ? 0 : 12}>{line}</tspan>)}
              </text>
            </g>
          );
        })}
        {layout.markers.map((m) => (
          <g
            key={m.key} data-point={m.key} data-product={m.datum.product} data-preset={m.datum.preset}
            {...(m.datum.current ? { 'data-current': 'true' } : {})}
            data-testid={`fc-point-${measure}-${m.key}`}
          >
            <title>{`${productName(m.datum.product)} ${m.datum.current ? 'your settings' : presetLabel(m.datum.preset)}: ${fmt(m.datum.prompts)} prompts, ${measure} ${fmt(m.datum[measure])}${measure === 'reachable' ? ` (open ${fmt(m.datum.open)})` : ''}, ${containedText(m.datum)}`}</title>
            {m.datum.current && <circle cx={m.cx} cy={m.cy} r={10} className="fc-current-ring" />}
            <Shape product={m.datum.product} x={m.cx} y={m.cy} size={m.datum.current ? 6 : 5} className={m.datum.current ? 'fc-current' : ''} />
          </g>
        ))}
      </svg>
    </figure>
  );
}

export interface FrictionChartProps {
  data: readonly ChartDatum[];
  productName: (p: ProductId) => string;
  /** What the points are averaged over, e.g. "on phished-prompt" or "mean over 14 incidents". */
  scopeText: string;
}

export function FrictionChart({ data, productName, scopeText }: FrictionChartProps) {
  const x = niceScale(Math.max(1, ...data.map((d) => d.prompts)), 6);
  const scalesFor = (m: Measure) => {
    const y = niceScale(Math.max(1, ...data.map((d) => d[m])), 5);
    return { xTop: x.top, xStep: x.step, yTop: y.top, yStep: y.step };
  };
  const products = [...new Set(data.map((d) => d.product))];
  const summary = chartSummary(data, productName);
  return (
    <div className="fc" data-testid="friction-chart">
      <ul className="fc-legend" aria-label="Legend">
        {products.map((p) => (
          <li key={p}><svg width="16" height="16" aria-hidden="true"><Shape product={p} x={8} y={8} /></svg>{productName(p)}</li>
        ))}
        <li><svg width="22" height="22" aria-hidden="true"><circle cx={11} cy={11} r={9} className="fc-current-ring" /></svg>your settings</li>
        <li><svg width="12" height="22" aria-hidden="true"><line x1={6} x2={6} y1={22} y2={11} className="fc-stem-open" /><line x1={6} x2={6} y1={11} y2={2} className="fc-stem-prompt" /></svg>reachable stem: solid = open (no prompt), hatched = behind a prompt</li>
        <li className="muted">{scopeText}</li>
      </ul>
      <div className="fc-panels">
        <Panel data={data} measure="realized" scales={scalesFor('realized')} productName={productName} />
        <Panel data={data} measure="reachable" scales={scalesFor('reachable')} productName={productName} />
      </div>
      <div className="fc-summary" data-testid="friction-summary" aria-live="polite">
        {summary.map((line) => <p key={line}>{line}</p>)}
      </div>
      <details className="fc-table-toggle">
        <summary>Data table</summary>
        <table className="fc-table" data-testid="friction-table">
          <caption className="sr-only">Prompts and blast radius per preset, {scopeText}</caption>
          <thead>
            <tr><th scope="col">Product</th><th scope="col">Preset</th><th scope="col">Prompts</th><th scope="col">Realized</th><th scope="col">Reachable</th><th scope="col">of which open</th><th scope="col">Contained</th></tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={`${d.product}:${d.current ? '(current)' : d.preset}`} className={d.current ? 'fc-row-current' : ''}>
                <td>{productName(d.product)}</td>
                <td>{d.current ? 'your settings' : presetLabel(d.preset)}</td>
                <td>{fmt(d.prompts)}</td>
                <td>{fmt(d.realized)}</td>
                <td>{fmt(d.reachable)}</td>
                <td>{fmt(d.open)}</td>
                <td>{containedText(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
