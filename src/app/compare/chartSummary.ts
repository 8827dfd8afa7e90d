// The chart in words, for screen readers and for anyone who prefers a sentence to a scatter plot.
// Every number comes from the sweep's points.
import { PRODUCT_IDS, type ProductId } from '../../sim/core/ids.ts';
import type { ChartDatum } from './chartLayout.ts';

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const range = (values: number[]) => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? fmt(lo) : `${fmt(lo)} to ${fmt(hi)}`;
};

function namesAt(points: readonly ChartDatum[], pick: (d: ChartDatum) => number, value: number): string {
  return points.filter((d) => pick(d) === value).map((d) => d.preset).join(', ');
}

/** Presets no other preset beats on both friction and realized damage (the best trade-offs). */
export function frontier(points: readonly ChartDatum[]): ChartDatum[] {
  const presets = points.filter((d) => !d.current);
  return presets.filter((d) => !presets.some((o) => o !== d && o.prompts <= d.prompts && o.realized <= d.realized && (o.prompts < d.prompts || o.realized < d.realized)));
}

export function chartSummary(points: readonly ChartDatum[], productName: (p: ProductId) => string): string[] {
  const lines: string[] = [];
  for (const p of PRODUCT_IDS) {
    const presets = points.filter((d) => d.product === p && !d.current);
    if (presets.length === 0) continue;
    const realized = presets.map((d) => d.realized);
    const lo = Math.min(...realized);
    const hi = Math.max(...realized);
    const extremes = lo === hi
      ? `every preset realizes ${fmt(lo)}`
      : `least realized damage ${fmt(lo)} (${namesAt(presets, (d) => d.realized, lo)}), most ${fmt(hi)} (${namesAt(presets, (d) => d.realized, hi)})`;
    lines.push(`${productName(p)}, ${presets.length} preset${presets.length === 1 ? '' : 's'}: prompts ${range(presets.map((d) => d.prompts))}; ${extremes}; reachable (open + behind a prompt) ${range(presets.map((d) => d.reachable))}, of which open ${range(presets.map((d) => d.open))}.`);
  }
  const mine = points.filter((d) => d.current);
  if (mine.length > 0) {
    lines.push(`Your settings: ${mine.map((d) => `${productName(d.product)} ${fmt(d.prompts)} prompts, realized ${fmt(d.realized)}, reachable ${fmt(d.reachable)} (open ${fmt(d.open)})`).join('; ')}.`);
  }
  const best = frontier(points);
  if (best.length > 0) {
    lines.push(`Best trade-offs (no other preset has both fewer prompts and less realized damage): ${best.map((d) => `${productName(d.product)} ${d.preset} (${fmt(d.prompts)} prompts, ${fmt(d.realized)})`).join('; ')}.`);
  }
  return lines;
}
