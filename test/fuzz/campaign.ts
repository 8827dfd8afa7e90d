// `npm run fuzz [-- --runs N] [--seed S]`: the fuzz targets for longer than `npm test` allows. Prints,
// per target, inputs tried, results by kind and the slowest input (wall time, for the report only; the
// pass/fail bounds are the step-counted properties in the test suite). Exit 1 on any failure, with the
// seed and path to pin in hostile.test.ts.
import fc from 'fast-check';
import { TARGETS } from './targets.ts';
import { escapeControl } from '../../src/sim/core/controlChars.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const runs = arg('runs', 2000);
const seed = arg('seed', Date.now() % 1_000_000);
/** The scenario runner executes real shell for each input, so it gets a tenth of the inputs. */
const SLOW = 'authored scenarios (run with hostile steps and patterns)';

const rows: string[] = [];
let failed = false;
let total = 0;
for (const target of TARGETS) {
  const kinds = new Map<string, number>();
  let slowest = { ms: 0, input: '' };
  const n = target.name === SLOW ? Math.max(1, Math.round(runs / 10)) : runs;
  const result = await fc.check(fc.asyncProperty(target.input, async (input) => {
    const started = performance.now();
    const kind = await target.run(input);
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms, input: escapeControl(JSON.stringify(input).slice(0, 100)) };
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }), { numRuns: n, seed, endOnFailure: true });
  total += result.numRuns;
  if (result.failed) {
    failed = true;
    console.error(`FAILED ${target.name}: seed ${result.seed}, path ${result.counterexamplePath ?? '?'}: ${String(result.errorInstance)}\n  input: ${escapeControl(JSON.stringify(result.counterexample).slice(0, 400))}`);
  }
  const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ${c}`).join(', ');
  rows.push(`| ${target.name} | ${result.numRuns} | ${byKind} | ${slowest.ms.toFixed(1)} ms: \`${slowest.input.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`);
}
console.log(`fuzz campaign: seed ${seed}, ${total} inputs${failed ? ', FAILURES above' : ', no failures'}\n`);
console.log('| target | inputs | results by kind | slowest input |\n| --- | ---: | --- | --- |');
console.log(rows.join('\n'));
process.exitCode = failed ? 1 : 0;
