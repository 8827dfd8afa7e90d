// `containment-lab check CONFIG... [--product P] [--incident ID]... [--json] [--format F] [--report FILE] [--sarif FILE]`
// Runs the incident catalog against a reviewer's config in the worst case. Exit 0 when every incident
// is contained, 1 when some are not, 2 on bad input (one line on stderr, nothing on stdout).
import { readFileSync, writeFileSync } from 'node:fs';
import { isProductId, PRODUCT_IDS } from '../sim/core/ids.ts';
import { checkFails, checkJson, checkProfile, selectIncidents, type CheckReport } from '../sim/review/check.ts';
import { homedir } from 'node:os';
import { detectFormat } from '../sim/config/detectFormat.ts';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reviewFiles, type ReviewedSource } from '../sim/review/fileFindings.ts';
import { reviewSarif, type SarifSource } from '../sim/review/sarif.ts';
import { reviewMarkdown } from '../sim/review/report.ts';
import type { ReviewFormat } from '../sim/review/configProfile.ts';
import { readText, scopeFor, splitScope } from './loadConfig.ts';
import { parseArgs } from './args.ts';
import { fail, UsageError, type CliIO } from './io.ts';
import { loadProfile } from './loadProfile.ts';

/** `--incident` may repeat; the shared flag parser takes each flag once, so collect it first. */
export function takeIncidents(argv: string[]): { ids: string[]; rest: string[] } {
  const ids: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--incident') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError('--incident needs an incident id');
      ids.push(v);
      i += 1;
    } else if (a.startsWith('--incident=')) ids.push(a.slice('--incident='.length));
    else rest.push(a);
  }
  return { ids, rest };
}

const STATUS_WORD: Record<CheckReport['incidents'][number]['status'], string> = {
  contained: 'yes', 'prompt-only': 'NO (prompt only)', 'not-applicable': 'n/a', 'not-contained': 'NO',
};

function table(report: CheckReport): string {
  const rows = [['incident', 'contained', 'technique / decided by', 'score', 'open', 'prompt', 'realized']];
  for (const i of report.incidents) {
    const who = i.technique === null ? i.decidedBy ?? '-' : i.status === 'prompt-only' ? `${i.technique} reached a prompt` : `${i.technique} got through`;
    rows.push([i.id, STATUS_WORD[i.status], who, String(i.blast.score), String(i.blast.reachable - i.blast.behindPrompt), String(i.blast.behindPrompt), String(i.blast.realized)]);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) => r.map((v, c) => (c >= 3 ? v.padStart(widths[c] ?? 0) : v.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
  const count = (s: string) => report.incidents.filter((i) => i.status === s).length;
  const applicable = report.incidents.length - count('not-applicable');
  const out = [
    `${report.product} (${report.profile.name}): ${count('contained')} of ${applicable} applicable incidents contained, ${count('prompt-only')} held only by a prompt, ${count('not-contained')} not contained, ${count('not-applicable')} not applicable (worst case, every technique tried; a prompt is not a boundary)`,
    '', line(rows[0] ?? []), ...rows.slice(1).map(line),
  ];
  const failing = report.incidents.filter((i) => !i.contained && i.recommendation);
  if (failing.length > 0) {
    out.push('', 'Fixes (each re-run against your config):');
    for (const i of failing) out.push(`  ${i.id}: ${i.recommendation?.summary ?? ''} ${i.recommendation?.verified ? '[contains it]' : '[not enough alone]'}`);
  }
  return `${out.join('\n')}\n`;
}

/** The files as read, with the scopes loadConfig reads them at. */
function readSources(files: string[], format: ReviewFormat): (ReviewedSource & SarifSource)[] {
  return files.map((arg) => {
    const { scope, file } = splitScope(arg);
    const text = readText(file);
    const detected = detectFormat(text);
    const f = format === 'profile' ? 'profile' : detected.ok && detected.format !== 'profile' ? detected.format : format;
    // SARIF wants the path from the repository root: the job runs there.
    const rel = relative(process.cwd(), resolve(file)).split(sep).join('/');
    const uri = rel.startsWith('../') || rel === '..' ? pathToFileURL(resolve(file)).href : rel;
    return { name: arg, text, format: f, scope: f === 'claude-code' ? scope ?? scopeFor(file, homedir()) : null, uri };
  });
}

function write(flag: string, file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write --${flag} ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

function toolVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const { ids, rest } = takeIncidents(argv);
    const args = parseArgs(rest, { values: ['product', 'format', 'report', 'sarif'], booleans: ['json'] });
    const productArg = args.values.get('product');
    if (productArg !== undefined && !isProductId(productArg)) throw new UsageError(`--product must be one of ${PRODUCT_IDS.join(', ')}, not "${productArg}"`);
    const selection = selectIncidents(ids);
    if (!selection.ok) throw new UsageError(selection.message);
    const { profile, format, warnings } = loadProfile(args.positionals, args.values.get('format'), productArg);
    const reportFile = args.values.get('report');
    const sarifFile = args.values.get('sarif');
    const sources = reportFile !== undefined || sarifFile !== undefined ? readSources(args.positionals, format) : null;
    // A written report proves each recommendation on the files themselves (review/proveRecommendation.ts).
    const proof = reportFile !== undefined && sources !== null && format !== 'profile' ? { sources: sources.map((s) => ({ name: s.name, text: s.text, ...(s.scope === null ? {} : { scope: s.scope }) })), format } : undefined;
    const report = await checkProfile(profile, selection.scenarios, proof);
    if (sources !== null) {
      const review = reviewFiles(sources);
      if (reportFile !== undefined) write('report', reportFile, reviewMarkdown(report, { files: args.positionals, format, review, texts: sources }));
      if (sarifFile !== undefined) write('sarif', sarifFile, `${JSON.stringify(reviewSarif(report, { format, review, sources, toolVersion: toolVersion() }), null, 2)}\n`);
    }
    for (const w of warnings) io.stderr.write(`containment-lab: warning: ${w}\n`);
    io.stdout.write(args.booleans.has('json') ? `${JSON.stringify(checkJson(report))}\n` : table(report));
    return checkFails(report) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) return fail(io, e.message);
    throw e;
  }
}
