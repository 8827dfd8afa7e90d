// The README's performance table is generated from the bench's JSON (baseline and latest run); this
// keeps the two from drifting apart, and checks the JSON carries every figure the issue asks for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFigures, readmeTable, TABLE_END, TABLE_START, withTable, type BenchFigures } from './figures.ts';

const readme = readFileSync('README.md', 'utf8');
const baseline = readFigures('test/bench/baseline.json');
const latest = readFigures('test/bench/latest.json');
const KEYS: (keyof BenchFigures)[] = ['firstLoadKb', 'repaintOnePaneP95Ms', 'repaintAllPanesP95Ms', 'monteCarloSlowestMs', 'monteCarloSlowestIncident', 'stepMs', 'srtCommandMs', 'claudeCodeCallMs'];

describe('bench figures and the README table', () => {
  it('both JSON files carry every figure, one number (or null for an absent tool) each', () => {
    for (const f of [baseline, latest]) {
      expect(f).not.toBeNull();
      for (const key of KEYS) {
        const v = (f as BenchFigures)[key];
        if (key === 'monteCarloSlowestIncident') expect(typeof v).toBe('string');
        else expect(v === null || (typeof v === 'number' && Number.isFinite(v)), `${key} = ${String(v)}`).toBe(true);
      }
      expect(typeof (f as BenchFigures).firstLoadKb).toBe('number');
    }
  });

  it('the README table is the one generated from test/bench/baseline.json and latest.json', () => {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start, 'README has the generated table').toBeGreaterThanOrEqual(0);
    expect(readme.slice(start, end + TABLE_END.length)).toBe(readmeTable(baseline, latest as BenchFigures));
  });

  it('a changed figure changes the table', () => {
    const moved = { ...(latest as BenchFigures), stepMs: (latest as BenchFigures).stepMs + 1 };
    expect(withTable(readme, readmeTable(baseline, moved))).not.toBe(readme);
  });
});
