// A recommendation is proven three ways before the report offers it:
// (a) real keys: the change is written into the reviewer's own file, and the patched file imports with
//     no warning the file did not already have, with every changed value read back from the import;
// (b) contained: the incident re-run (adaptive worst case) on the profile imported from the patched
//     file is contained;
// (c) ordinary work: the incident's own task (and the everyday commands its world supports: git in a
//     repository, npm install from the registry) re-run by a user who approves their own prompts; a
//     step that worked before the change and fails after it is named, and narrower changes (one
//     change fewer, one list entry at a time, a folder's entries instead of the folder) are tried for
//     one that is still contained and keeps the work going.
import type { Answerer } from '../agent/approvals.ts';
import { adaptiveWorstCase } from '../attacks/adaptive.ts';
import { SCOPE_PRECEDENCE } from '../config/mergeScopes.ts';
import { getAtPath } from '../profile/controlPath.ts';
import type { ClaudeCodeProfile, ProductProfile } from '../profile/schema.ts';
import { runScenario } from '../run/runScenario.ts';
import { bash } from '../scenarios/steps.ts';
import type { ControlChange, Scenario, ScriptItem } from '../scenarios/types.ts';
import type { ReviewFormat } from './configProfile.ts';
import { importConfig, inferScope, type ConfigSource } from './importConfig.ts';
import { configChange } from './recommend.ts';
import { moduleOf } from '../products/index.ts';

/** The reviewer's files, as the check read them. */
export interface ProofSources {
  sources: ConfigSource[];
  format: ReviewFormat;
}

export interface WorkCheck {
  /** The incident's ordinary task completed before and after the change. */
  taskBefore: boolean;
  taskAfter: boolean;
  /** Steps of ordinary work that succeeded before the change and fail after it. */
  broken: string[];
  /** Hosts the ordinary work reached before the change and a layer refuses after it. */
  cutOff: string[];
}

export interface Narrower {
  changes: ControlChange[];
  text: string[];
}

export interface RecommendationProof {
  /** (a) The patched file imports without new warnings and carries every changed value. */
  realKeys: { ok: boolean; detail: string; file: string | null };
  /** (b) The incident re-run on the patched file is contained (null: the file could not be patched). */
  contained: { ok: boolean; detail: string } | null;
  /** (c) The ordinary work under the patched file (null: not checked, the file could not be patched). */
  work: (WorkCheck & { ok: boolean; detail: string }) | null;
  /** A narrower change, when this one breaks ordinary work and one was found. */
  narrower: Narrower | null;
}

const ALWAYS_YES: readonly boolean[] = Array.from({ length: 400 }, () => true);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function setJsonPath(root: Obj, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = root;
  for (const k of keys.slice(0, -1)) {
    if (!isObj(cur[k])) cur[k] = {};
    cur = cur[k] as Obj;
  }
  cur[keys[keys.length - 1] as string] = structuredClone(value);
}

/** The source a change goes into: the highest-precedence Claude Code scope (so a value there wins), or the srt file. */
function targetIndex(p: ProofSources): number {
  if (p.format !== 'claude-code') return 0;
  let best = 0;
  let rank = Infinity;
  p.sources.forEach((s, i) => {
    const r = SCOPE_PRECEDENCE.indexOf(s.scope ?? inferScope(s.name));
    if (r < rank) {
      rank = r;
      best = i;
    }
  });
  return best;
}

export type Patched = { ok: true; sources: ConfigSource[]; file: string; written: string[] } | { ok: false; reason: string };

/** The reviewer's files with the change written in, as a reviewer would write it. */
export function patchSources(p: ProofSources, changes: readonly ControlChange[], current?: ProductProfile): Patched {
  if (p.format === 'profile') return { ok: false, reason: 'a product-profile JSON is not a settings file' };
  const i = targetIndex(p);
  const source = p.sources[i];
  if (source === undefined) return { ok: false, reason: 'no file to patch' };
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch {
    return { ok: false, reason: `${source.name} is not JSON` };
  }
  if (!isObj(value)) return { ok: false, reason: `${source.name} is not a JSON object` };
  const written: string[] = [];
  for (const change of changes) {
    // A change the file already has in effect (a product default, or the srt sandbox being on) needs no key.
    if (current !== undefined && includesAll(getAtPath(current, change.path), change.value)) continue;
    const c = configChange(p.format, change);
    if (!c.expressible) return { ok: false, reason: `not a key of this file: ${c.text}` };
    setJsonPath(value, c.key, change.value);
    written.push(c.key);
  }
  const sources = p.sources.map((s, j) => (j === i ? { ...s, text: `${JSON.stringify(value, null, 2)}\n` } : s));
  return { ok: true, sources, file: source.name, written };
}

function includesAll(have: unknown, want: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(have) && want.every((w) => have.some((h) => JSON.stringify(h) === JSON.stringify(w)));
  return JSON.stringify(have) === JSON.stringify(want);
}

/** (a): re-import the patched files; the profile they give, or why they do not prove the change. */
export function reimport(p: ProofSources, changes: readonly ControlChange[], current?: ProductProfile): { proof: RecommendationProof['realKeys']; profile: ProductProfile | null } {
  const patched = patchSources(p, changes, current);
  if (!patched.ok) return { proof: { ok: false, detail: patched.reason, file: null }, profile: null };
  const before = importConfig(p.sources, p.format);
  const after = importConfig(patched.sources, p.format);
  if (!after.ok) return { proof: { ok: false, detail: `the patched ${patched.file} is refused: ${after.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, file: patched.file }, profile: null };
  const known = new Set(before.warnings.map((w) => `${w.source}|${w.path}|${w.message}`));
  const fresh = after.warnings.filter((w) => !known.has(`${w.source}|${w.path}|${w.message}`));
  if (fresh.length > 0) return { proof: { ok: false, detail: `re-importing the patched ${patched.file} warns: ${fresh.map((w) => `${w.path}: ${w.message}`).join('; ')}`, file: patched.file }, profile: null };
  // The check may run the settings on another product that runs Claude Code (a devcontainer).
  const into = current !== undefined && current.product !== after.profile.product ? moduleOf(current).fromClaudeCodeSettings : undefined;
  // Settings and srt files always import as the Claude Code client's own profile.
  const profile = into !== undefined && after.format !== 'profile' ? into(after.profile as ClaudeCodeProfile) : after.profile;
  const lost = changes.filter((c) => !includesAll(getAtPath(profile, c.path), c.value));
  if (lost.length > 0) return { proof: { ok: false, detail: `the patched ${patched.file} imports, but ${lost.map((c) => c.path).join(', ')} does not take effect (another scope or a managed rule overrides it)`, file: patched.file }, profile: null };
  const kept = changes.length - patched.written.length;
  return { proof: { ok: true, detail: `the patched ${patched.file} re-imports with no new warning and carries ${patched.written.length > 0 ? patched.written.join(', ') : 'nothing new'}${kept > 0 ? ` (${kept} of the changes already hold without a key)` : ''}`, file: patched.file }, profile };
}

/** Everyday commands the incident's world can run, beyond its own task. */
function everydaySteps(scenario: Scenario): ScriptItem[] {
  const world = scenario.world();
  const out: ScriptItem[] = [];
  if (world.host.files.some((f) => f.path.startsWith(`${scenario.project}/.git/`))) out.push({ kind: 'task', step: bash('git status') });
  const registry = world.network.some((h) => h.name === 'registry.npmjs.org');
  if (registry && world.host.files.some((f) => f.path === `${scenario.project}/package.json`)) out.push({ kind: 'task', step: bash('npm install left-pad') });
  return out;
}

/** The incident's user task with no injection, plus the everyday steps, answered yes by its own user. */
export function ordinaryWork(scenario: Scenario): Scenario {
  const script = scenario.script.filter((i) => i.kind !== 'injection');
  return { ...scenario, id: `${scenario.id}#ordinary-work`, script: [...script, ...everydaySteps(scenario)], harms: [] };
}

async function workRun(scenario: Scenario, profile: ProductProfile): Promise<{ steps: Map<string, boolean>; task: boolean; reached: Set<string>; refused: Set<string> }> {
  const r = await runScenario({ scenario: ordinaryWork(scenario), profile, seed: 1, answerer: 'learner', answers: ALWAYS_YES, worstCase: false });
  const steps = new Map<string, boolean>();
  const hostOf = new Map<number, string>();
  const reached = new Set<string>();
  const refused = new Set<string>();
  let input: string | null = null;
  for (const e of r.log) {
    if (e.type === 'net-request') hostOf.set(e.id, e.host);
    if (e.type === 'net-response') (e.layer === undefined ? reached : refused).add(hostOf.get(e.id) ?? '');
    if (e.type === 'tool-call' && e.tool !== 'Hook') input = `${e.tool}: ${e.input}`;
    if (e.type === 'tool-result' && e.tool !== 'Hook' && input !== null) {
      steps.set(input, (steps.get(input) ?? true) && e.ok);
      input = null;
    }
  }
  return { steps, task: r.outcome.taskCompleted, reached, refused };
}

/** (c): what of the ordinary work stops working under `after`. */
export async function checkWork(scenario: Scenario, before: ProductProfile, after: ProductProfile): Promise<WorkCheck> {
  const a = await workRun(scenario, before);
  const b = await workRun(scenario, after);
  const broken = [...a.steps].filter(([k, ok]) => ok && b.steps.get(k) === false).map(([k]) => k);
  const cutOff = [...a.reached].filter((h) => h !== '' && b.refused.has(h) && !b.reached.has(h)).sort();
  return { taskBefore: a.task, taskAfter: b.task, broken, cutOff };
}

function workDetail(w: WorkCheck): { ok: boolean; detail: string } {
  const lostTask = w.taskBefore && !w.taskAfter;
  if (!lostTask && w.broken.length === 0) {
    return { ok: true, detail: w.taskBefore ? 'the incident\'s ordinary task still completes, and no step that worked before fails' : 'no step of the ordinary work that worked before fails (the task itself does not complete here, change or not)' };
  }
  const parts = [...(lostTask ? ['the incident\'s task no longer completes'] : []), ...w.broken.map((s) => `\`${s.replace(/^Bash: /, '')}\` fails`)];
  return { ok: false, detail: `it breaks ordinary work: ${parts.join('; ')}${w.cutOff.length > 0 ? ` (${w.cutOff.join(', ')} no longer reachable)` : ''}` };
}

/** Narrower versions of a change list: one change dropped, one list entry alone, a folder's entries in place of the folder. */
function narrowerCandidates(scenario: Scenario, changes: readonly ControlChange[], profile: ProductProfile, cutOff: readonly string[], allowlist: string): ControlChange[][] {
  const out: ControlChange[][] = [];
  // The same change, with the hosts the ordinary work needs added to the allowlist it closed.
  if (cutOff.length > 0) {
    const listed = changes.find((c) => c.path === allowlist);
    const base = Array.isArray(listed?.value) ? (listed.value as unknown[]) : ((getAtPath(profile, allowlist) as unknown[] | undefined) ?? []);
    const opened = { path: allowlist, value: [...base, ...cutOff.filter((h) => !base.includes(h))] };
    out.push([...changes.filter((c) => c.path !== allowlist), opened]);
  }
  if (changes.length > 1) changes.forEach((_, i) => out.push(changes.filter((__, j) => j !== i)));
  const world = scenario.world();
  changes.forEach((c, i) => {
    if (!Array.isArray(c.value)) return;
    const current = getAtPath(profile, c.path);
    const have = Array.isArray(current) ? current.map((v) => JSON.stringify(v)) : [];
    const added = (c.value as unknown[]).filter((v) => !have.includes(JSON.stringify(v)));
    const keep = (c.value as unknown[]).filter((v) => have.includes(JSON.stringify(v)));
    const swap = (entries: unknown[]) => out.push(changes.map((x, j) => (j === i ? { ...x, value: [...keep, ...entries] } : x)));
    if (added.length > 1) for (const a of added) swap([a]);
    if (!c.path.startsWith('sandbox.filesystem.deny')) return;
    for (const a of added) {
      if (typeof a !== 'string') continue;
      const dir = a.startsWith('./') ? a.slice(2) : a;
      if (dir.startsWith('/') || dir.startsWith('~')) continue;
      const prefix = `${scenario.project}/${dir}/`;
      const names = [...new Set(world.host.files.filter((f) => f.path.startsWith(prefix)).map((f) => f.path.slice(prefix.length).split('/')[0] as string))];
      for (const n of names) swap([`${dir}/${n}`]);
    }
  });
  return out;
}

async function findNarrower(scenario: Scenario, p: ProofSources, profile: ProductProfile, changes: readonly ControlChange[], answerer: Answerer, cutOff: readonly string[]): Promise<Narrower | null> {
  for (const candidate of narrowerCandidates(scenario, changes, profile, cutOff, moduleOf(profile).allowlistPath).slice(0, 12)) {
    const r = reimport(p, candidate, profile);
    if (r.profile === null) continue;
    const v = await adaptiveWorstCase(scenario, r.profile, answerer);
    if (v.status !== 'contained') continue;
    const w = await checkWork(scenario, profile, r.profile);
    if (!workDetail(w).ok) continue;
    return { changes: candidate, text: candidate.map((c) => configChange(p.format, c).text) };
  }
  return null;
}

/**
 * Proves one recommendation on the reviewer's files. `answerer` is the incident's modeled human (as in
 * the check); the adaptive run on the patched file decides (b).
 */
export async function proveRecommendation(scenario: Scenario, profile: ProductProfile, p: ProofSources, changes: readonly ControlChange[], answerer: Answerer): Promise<{ proof: RecommendationProof; reason: string | null }> {
  const a = reimport(p, changes, profile);
  if (a.profile === null) return { proof: { realKeys: a.proof, contained: null, work: null, narrower: null }, reason: null };
  const v = await adaptiveWorstCase(scenario, a.profile, answerer);
  const contained = { ok: v.status === 'contained', detail: v.status === 'contained' ? `re-run on the patched file: contained (${v.reason})` : `re-run on the patched file: still ${v.status} (${v.reason})` };
  const w = await checkWork(scenario, profile, a.profile);
  const work = { ...w, ...workDetail(w) };
  const narrower = contained.ok && !work.ok ? await findNarrower(scenario, p, profile, changes, answerer, w.cutOff) : null;
  return { proof: { realKeys: a.proof, contained, work, narrower }, reason: v.reason };
}
