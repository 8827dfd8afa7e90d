// The chart geometry: round scales, every point drawn inside the plot at its true value (coincident
// ones side by side), labels that never overlap, and a summary that reads the same numbers.
import { describe, expect, it } from 'vitest';
import { layoutPanel, niceScale, type ChartDatum, type Geometry } from '../../../src/app/compare/chartLayout.ts';
import { chartSummary, frontier } from '../../../src/app/compare/chartSummary.ts';

const name = (p: string) => ({ 'claude-ai': 'claude.ai', 'claude-code': 'Claude Code', cowork: 'Cowork' })[p] ?? p;
const d = (product: ChartDatum['product'], preset: string, prompts: number, realized: number, reachable = 100, current = false): ChartDatum =>
  ({ product, preset, prompts, realized, reachable, open: Math.round(reachable / 2), current, contained: 1, promptOnly: 0, notApplicable: 0, runs: 1 });
const data: ChartDatum[] = [
  d('claude-ai', 'shipped', 0, 1, 17),
  d('claude-code', 'shipped', 0, 16, 205), d('claude-code', 'auto-mode', 0, 16, 205), d('claude-code', 'v1-approvals', 5, 41, 205),
  d('claude-code', 'unattended', 0, 44, 205),
  d('cowork', 'shipped', 0, 3, 55), d('cowork', 'full-vm', 0, 3, 55),
  d('claude-code', 'current', 5, 41, 205, true),
];
const g: Geometry = { width: 460, height: 250, left: 40, right: 18, top: 14, bottom: 34 };

describe('niceScale', () => {
  it('rounds the top up to a 1-2-5 step', () => {
    expect(niceScale(44)).toEqual({ top: 50, step: 10 });
    expect(niceScale(205)).toEqual({ top: 250, step: 50 });
    expect(niceScale(5, 6)).toEqual({ top: 5, step: 1 });
    expect(niceScale(0)).toEqual({ top: 1, step: 1 });
  });
});

describe('layoutPanel', () => {
  const scales = { xTop: 5, xStep: 1, yTop: 50, yStep: 10 };
  const layout = layoutPanel(data, 'realized', g, scales, name);

  it('draws one marker per datum, inside the plot, at its value', () => {
    expect(layout.markers.map((m) => m.key).sort()).toEqual(data.map((x) => `${x.product}:${x.current ? '(current)' : x.preset}`).sort());
    const { plot } = layout;
    for (const m of layout.markers) {
      expect(m.cx).toBeGreaterThanOrEqual(plot.x0);
      expect(m.cx).toBeLessThanOrEqual(plot.x1);
      expect(m.cy).toBeCloseTo(plot.y1 - (m.datum.realized / 50) * (plot.y1 - plot.y0));
    }
  });

  it('spreads coincident points side by side so each stays visible', () => {
    const same = layout.markers.filter((m) => m.datum.prompts === 0 && m.datum.realized === 16);
    expect(same).toHaveLength(2);
    expect(Math.abs((same[0]?.cx ?? 0) - (same[1]?.cx ?? 0))).toBeGreaterThan(5);
  });

  it('labels each group once, naming its presets per product, with no two labels overlapping', () => {
    expect(layout.labels).toHaveLength(new Set(data.map((x) => `${x.prompts}|${x.realized}`)).size);
    expect(layout.labels.flatMap((l) => l.lines)).toContain('Claude Code: v1-approvals, your settings');
    const rows = layout.labels.map((l) => ({ y0: l.y - 9, y1: l.y - 9 + l.lines.length * 12, x0: l.anchor === 'start' ? l.x : l.x - 200, x1: l.anchor === 'start' ? l.x + 200 : l.x }));
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const a = rows[i] as (typeof rows)[number];
        const b = rows[j] as (typeof rows)[number];
        const xOverlap = a.x0 < b.x1 && b.x0 < a.x1;
        if (xOverlap) expect(a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
      }
    }
  });

  it('shortens a long group label and says how many more', () => {
    const many = ['a', 'b', 'c', 'd'].map((p) => d('cowork', p, 1, 5));
    const l = layoutPanel(many, 'realized', g, scales, name);
    expect(l.labels[0]?.lines).toEqual(['Cowork: a, b (+2 more)']);
  });
});

describe('chartSummary', () => {
  it('states each product range with the presets at each end, the learner point and the best trade-offs', () => {
    const text = chartSummary(data, name).join('\n');
    expect(text).toContain('Claude Code, 4 presets: prompts 0 to 5; least realized damage 16 (shipped, auto-mode), most 44 (unattended)');
    expect(text).toContain('Cowork, 2 presets: prompts 0; every preset realizes 3');
    expect(text).toContain('Your settings: Claude Code 5 prompts, realized 41, reachable 205');
    expect(frontier(data).map((x) => `${x.product}:${x.preset}`)).toEqual(['claude-ai:shipped']);
  });

  it('keeps every preset on the frontier that trades prompts for damage', () => {
    const pts = [d('claude-code', 'a', 0, 10), d('claude-code', 'b', 3, 2), d('claude-code', 'c', 4, 5)];
    expect(frontier(pts).map((x) => x.preset)).toEqual(['a', 'b']);
  });
});
