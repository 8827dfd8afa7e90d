// `npm run bench`: prints the figures DESIGN.md budgets. Figures are reported, not asserted: a change
// that blows a budget must say why in its note.
import { existsSync } from 'node:fs';
import { measureBundle } from './bundle.ts';

interface Row {
  name: string;
  value: number;
  unit: string;
  budget?: string;
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

async function optionalSuite(modulePath: string, exportName: string): Promise<Row[] | null> {
  if (!existsSync(new URL(modulePath, import.meta.url))) return null;
  const mod = (await import(modulePath)) as Record<string, () => Promise<Row[]>>;
  const fn = mod[exportName];
  return fn ? fn() : null;
}

async function main() {
  console.log('Containment Lab benchmark (figures, not assertions)');
  const bundle = await measureBundle();
  printRows('First load (gzip, as served)', [
    { name: 'main-thread JS before first paint', value: kb(bundle.firstLoadJsGzip), unit: 'KB', budget: '<= 200 KB' },
    { name: 'CSS before first paint', value: kb(bundle.firstLoadCssGzip), unit: 'KB' },
    ...bundle.firstLoadJs.map((c) => ({ name: `  ${c.file}`, value: kb(c.gzipBytes), unit: 'KB' })),
  ]);
  printRows('Lazy chunks and workers (gzip, loaded on demand)', bundle.lazy.map((c) => ({ name: c.file, value: kb(c.gzipBytes), unit: 'KB' })));

  const suites: [string, string, string][] = [
    ['Engine (Node)', './engine.ts', 'benchEngine'],
    ['Incident catalog (Node)', './catalog.ts', 'benchCatalog'],
    ['In the browser (Chromium)', './browser.ts', 'benchBrowser'],
  ];
  for (const [title, path, name] of suites) {
    const rows = await optionalSuite(path, name);
    if (rows) printRows(title, rows);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
