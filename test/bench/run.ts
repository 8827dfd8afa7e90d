// `npm run bench`: prints the figures DESIGN.md budgets. Figures are reported, not asserted: a change
// that blows a budget must say why in its note. `-- --json FILE` also writes them as JSON
// (figures.ts: BenchFigures); `--readme` regenerates the README table from test/bench/baseline.json
// and that file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { measureBundle } from './bundle.ts';
import type { BenchFigures } from './figures.ts';
import { readFigures, readmeTable, withTable } from './figures.ts';

export interface Row {
  name: string;
  value: number | string;
  unit: string;
  budget?: string;
}

/** What a suite measured: printed rows, and the figures it contributes to the JSON. */
export interface SuiteResult {
  rows: Row[];
  figures: Partial<BenchFigures> & { extra?: Record<string, number | string | null> };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function printRows(title: string, rows: Row[]) {
  console.log(`\n## ${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const budget = row.budget ? `   (budget ${row.budget})` : '';
    console.log(`  ${row.name.padEnd(width)}  ${String(row.value).padStart(10)} ${row.unit}${budget}`);
  }
}

function argAfter(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i === -1 ? undefined : process.argv[i + 1];
}

async function optionalSuite(modulePath: string, exportName: string): Promise<SuiteResult | null> {
  if (!existsSync(new URL(modulePath, import.meta.url))) return null;
  const mod = (await import(modulePath)) as Record<string, () => Promise<SuiteResult>>;
  const fn = mod[exportName];
  return fn ? fn() : null;
}

async function main() {
  const jsonPath = argAfter('--json');
  const readme = process.argv.includes('--readme');
  if (readme && jsonPath === undefined) throw new Error('--readme needs --json FILE (the run the table shows)');
  console.log('Containment Lab benchmark (figures, not assertions)');
  const figures: Partial<BenchFigures> & { extra: Record<string, number | string | null> } = { extra: {} };
  const bundle = await measureBundle();
  figures.firstLoadKb = kb(bundle.firstLoadJsGzip);
  printRows('First load (gzip, as served)', [
    { name: 'main-thread JS before first paint', value: kb(bundle.firstLoadJsGzip), unit: 'KB', budget: '<= 100 KB' },
    { name: 'CSS before first paint', value: kb(bundle.firstLoadCssGzip), unit: 'KB' },
    ...bundle.firstLoadJs.map((c) => ({ name: `  ${c.file}`, value: kb(c.gzipBytes), unit: 'KB' })),
  ]);
  printRows('Lazy chunks and workers (gzip, loaded on demand)', bundle.lazy.map((c) => ({ name: c.file, value: kb(c.gzipBytes), unit: 'KB' })));

  const suites: [string, string, string][] = [
    ['Engine (Node)', './engine.ts', 'benchEngine'],
    ['Real tools, same run (srt, Claude Code)', './realToolsSuite.ts', 'benchRealTools'],
    ['Incident catalog (Node)', './catalog.ts', 'benchCatalog'],
    ['In the browser (Chromium)', './browser.ts', 'benchBrowser'],
  ];
  for (const [title, path, name] of suites) {
    const result = await optionalSuite(path, name);
    if (!result) continue;
    printRows(title, result.rows);
    const { extra, ...rest } = result.figures;
    Object.assign(figures, rest);
    Object.assign(figures.extra, extra ?? {});
  }
  const step = figures.stepMs;
  if (step !== undefined && step > 0) {
    figures.extra.srtRatio = figures.srtCommandMs == null ? null : Math.round(figures.srtCommandMs / step);
    figures.extra.claudeCodeRatio = figures.claudeCodeCallMs == null ? null : Math.round(figures.claudeCodeCallMs / step);
    printRows('Ratios (same run)', [
      { name: 'real srt command / engine step', value: figures.extra.srtRatio ?? 'srt absent', unit: 'x', budget: '>= 1000x' },
      { name: 'real Claude Code call / engine step', value: figures.extra.claudeCodeRatio ?? 'binary absent', unit: 'x', budget: '>= 1000x' },
    ]);
  }
  const complete: BenchFigures = {
    firstLoadKb: figures.firstLoadKb,
    repaintOnePaneP95Ms: figures.repaintOnePaneP95Ms ?? null,
    repaintAllPanesP95Ms: figures.repaintAllPanesP95Ms ?? null,
    monteCarloSlowestMs: figures.monteCarloSlowestMs ?? NaN,
    monteCarloSlowestIncident: figures.monteCarloSlowestIncident ?? '',
    stepMs: figures.stepMs ?? NaN,
    srtCommandMs: figures.srtCommandMs ?? null,
    claudeCodeCallMs: figures.claudeCodeCallMs ?? null,
    extra: figures.extra,
  };
  if (jsonPath !== undefined) {
    writeFileSync(jsonPath, `${JSON.stringify(complete, null, 2)}\n`);
    console.log(`\nwrote ${jsonPath}`);
  }
  if (readme) {
    const table = readmeTable(readFigures(new URL('./baseline.json', import.meta.url).pathname), complete);
    writeFileSync('README.md', withTable(readFileSync('README.md', 'utf8'), table));
    console.log('README.md table regenerated');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
