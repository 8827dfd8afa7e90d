// Geometry for the friction / blast-radius chart, kept pure so it can be tested: scales with round
// ticks, coincident points spread side by side (so every preset stays visible and countable), and
// one label per group of points, nudged so labels do not overlap.
import type { ProductId } from '../../sim/core/ids.ts';
import { PRODUCT_IDS } from '../../sim/core/ids.ts';

export type Measure = 'realized' | 'reachable';

export interface ChartDatum {
  product: ProductId;
  preset: string;
  current: boolean;
  prompts: number;
  realized: number;
  /** Open + behind-a-prompt reachable. */
  reachable: number;
  /** The part of `reachable` no prompt guards (drawn inside it). */
  open: number;
  /** Incidents contained by a boundary, held only by a prompt, and not applicable, out of `runs` (one on a single incident). */
  contained: number;
  promptOnly: number;
  notApplicable: number;
  runs: number;
}

export interface Geometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Tick { value: number; at: number }

export interface Marker {
  key: string;
  datum: ChartDatum;
  cx: number;
  cy: number;
}

export interface ChartLabel {
  key: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  lines: string[];
  /** Where the group of points it names sits, for a leader line when the label had to move. */
  from: { x: number; y: number };
}

export interface PanelLayout {
  plot: { x0: number; x1: number; y0: number; y1: number };
  xTicks: Tick[];
  yTicks: Tick[];
  markers: Marker[];
  labels: ChartLabel[];
}

/** A round top for an axis (1, 2 or 5 times a power of ten per step) and its ticks. */
export function niceScale(max: number, maxTicks = 5): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 1 };
  const rough = max / maxTicks;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= rough) ?? 10 * pow;
  return { top: Math.ceil(max / step - 1e-9) * step, step };
}

function ticks(top: number, step: number, toPx: (v: number) => number): Tick[] {
  const out: Tick[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push({ value: Math.round(v * 100) / 100, at: toPx(v) });
  return out;
}

const SPREAD = 10;
const MAX_GROUP_WIDTH = 96;
const LINE = 12;
const CHAR = 5.8;
const NAMES_PER_LINE = 2;
const MARK = 7;

export const datumKey = (d: ChartDatum) => `${d.product}:${d.current ? '(current)' : d.preset}`;

function labelLines(group: readonly ChartDatum[], productName: (p: ProductId) => string): string[] {
  return PRODUCT_IDS.flatMap((p) => {
    const names = group.filter((d) => d.product === p).map((d) => (d.current ? 'your settings' : d.preset));
    if (names.length === 0) return [];
    const shown = names.slice(0, NAMES_PER_LINE).join(', ');
    return [`${productName(p)}: ${shown}${names.length > NAMES_PER_LINE ? ` (+${names.length - NAMES_PER_LINE} more)` : ''}`];
  });
}

interface Box { x0: number; x1: number; y0: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function layoutPanel(
  data: readonly ChartDatum[],
  measure: Measure,
  geometry: Geometry,
  scales: { xTop: number; xStep: number; yTop: number; yStep: number },
  productName: (p: ProductId) => string,
): PanelLayout {
  const plot = { x0: geometry.left, x1: geometry.width - geometry.right, y0: geometry.top, y1: geometry.height - geometry.bottom };
  const xPx = (v: number) => plot.x0 + (v / scales.xTop) * (plot.x1 - plot.x0);
  const yPx = (v: number) => plot.y1 - (v / scales.yTop) * (plot.y1 - plot.y0);

  // Points with the same values form a group drawn side by side, in product order, current last.
  const groups = new Map<string, ChartDatum[]>();
  for (const d of data) {
    const k = `${d.prompts}|${d[measure]}`;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  const rank = (d: ChartDatum) => PRODUCT_IDS.indexOf(d.product) * 2 + (d.current ? 1 : 0);
  const markers: Marker[] = [];
  const pending: { key: string; cx: number; cy: number; half: number; lines: string[] }[] = [];
  // Groups sit at their true values (a nudge would misstate the prompts); their boxes steer labels.
  const groupBoxes: Box[] = [];
  const ordered = [...groups].sort(([, a], [, b]) => (b[0] as ChartDatum)[measure] - (a[0] as ChartDatum)[measure]);
  for (const [k, group] of ordered) {
    group.sort((a, b) => rank(a) - rank(b));
    const first = group[0] as ChartDatum;
    const cy = yPx(first[measure]);
    const spread = group.length > 1 ? Math.min(SPREAD, MAX_GROUP_WIDTH / (group.length - 1)) : 0;
    const width = (group.length - 1) * spread;
    // Near either edge a group grows inwards instead of across the axis or out of the plot.
    const start = Math.max(Math.min(xPx(first.prompts) - width / 2, plot.x1 - 4 - width), plot.x0 + 4);
    groupBoxes.push({ x0: start - MARK, x1: start + width + MARK, y0: cy - MARK, y1: cy + MARK });
    group.forEach((d, i) => markers.push({ key: datumKey(d), datum: d, cx: start + i * spread, cy }));
    pending.push({ key: k, cx: start + width / 2, cy, half: width / 2 + MARK, lines: labelLines(group, productName) });
  }

  // Labels avoid every marker, each other and the axes: tried below first, then above. (The reachable
  // panel's stems are thin lines under the labels, which carry a halo, so they are not obstacles.)
  const placed: Box[] = [...groupBoxes];
  const labels: ChartLabel[] = [];
  const fits = (b: Box) => b.y0 >= 2 && b.y1 <= plot.y1 - 1 && !placed.some((p) => overlaps(p, b));
  for (const g of pending.sort((a, b) => a.cy - b.cy || a.cx - b.cx)) {
    const width = Math.max(...g.lines.map((l) => l.length)) * CHAR;
    const height = g.lines.length * LINE;
    const right = g.cx + g.half + 3;
    const anchor: 'start' | 'end' = right + width <= geometry.width - 2 ? 'start' : 'end';
    const x = anchor === 'start' ? right : g.cx - g.half - 3;
    const x0 = anchor === 'start' ? x : x - width;
    const at = (y0: number): Box => ({ x0, x1: x0 + width, y0, y1: y0 + height });
    const centred = g.cy - height / 2;
    let y0 = centred;
    for (let step = 1; step < 40 && !fits(at(y0)); step++) {
      // Alternate below and above, moving further out each time.
      y0 = centred + (step % 2 === 1 ? 1 : -1) * Math.ceil(step / 2) * (LINE / 2);
    }
    if (!fits(at(y0))) y0 = Math.min(Math.max(centred, 2), plot.y1 - height - 1);
    placed.push(at(y0));
    labels.push({ key: g.key, x, y: y0 + LINE - 3, anchor, lines: g.lines, from: { x: g.cx, y: g.cy } });
  }

  return {
    plot,
    xTicks: ticks(scales.xTop, scales.xStep, xPx),
    yTicks: ticks(scales.yTop, scales.yStep, yPx),
    markers,
    labels,
  };
}
