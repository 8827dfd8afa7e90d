// Authored JSON -> engine Scenario. Two passes: the zod schema checks the shape, then the checks
// here check what the shape cannot (a harm names a secret that exists, a fix names a control that
// exists and takes that value, ids are unique). Every problem is reported with its JSON path, and
// nothing throws: this runs on text pasted from anywhere.
import { PRODUCT_IDS, type ProductId } from '../core/ids.ts';
import { canonicalizeHost, isValidHost } from '../policy/domains.ts';
import { hasPath, parseControlPath, setAtPath } from '../profile/controlPath.ts';
import { presetsFor, shippedProfile } from '../profile/presets.ts';
import { profileSchema } from '../profile/schema.ts';
import { taskStepsSucceeded } from '../scenarios/facts.ts';
import type { ScriptItem, Scenario, ToolStep } from '../scenarios/types.ts';
import type { ToolCall } from '../layers/types.ts';
import { PROJECT } from '../world/devLaptop.ts';
import { productModule } from '../products/index.ts';
import { compileHarm } from './harms.ts';
import { LinearRegExp, UnsupportedPattern } from '../core/linearRegex.ts';
import { scenarioSpec, type ScenarioSpec, type ToolCallSpec } from './schema.ts';
import { baseWorld, buildWorld, expandWorldPath } from './world.ts';

export interface SpecProblem {
  /** JSON path into the authored document, e.g. `harms[1].secret`; `(root)` for the whole thing. */
  path: string;
  message: string;
}

export type CompileResult =
  | { ok: true; scenario: Scenario; spec: ScenarioSpec; warnings: SpecProblem[] }
  | { ok: false; errors: SpecProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? '(root)' : out;
}

export function describeProblem(p: SpecProblem): string {
  return `${p.path}: ${p.message}`;
}

const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

const list = (items: Iterable<string>) => [...items].join(', ') || '(none)';

function toolCall(spec: ToolCallSpec): ToolStep {
  let call: ToolCall;
  switch (spec.tool) {
    case 'Bash': call = { tool: 'Bash', command: spec.command }; break;
    case 'Read': call = { tool: 'Read', path: spec.path }; break;
    case 'Write': call = { tool: 'Write', path: spec.path, content: spec.content }; break;
    case 'Edit': call = { tool: 'Edit', path: spec.path, content: spec.content }; break;
    case 'WebFetch': call = { tool: 'WebFetch', url: spec.url }; break;
  }
  return spec.tool === 'Bash' && spec.onBlocked ? { call, onBlocked: spec.onBlocked } : { call };
}

function compileScript(spec: ScenarioSpec): ScriptItem[] {
  const items: ScriptItem[] = [{ kind: 'say', origin: spec.script.promptOrigin, text: spec.script.prompt }];
  for (const item of spec.script.steps) {
    switch (item.kind) {
      case 'task': items.push({ kind: 'task', step: toolCall(item.call) }); break;
      case 'injection': items.push({ kind: 'injection', id: item.id, source: item.source, trigger: item.trigger, steps: item.steps.map(toolCall) }); break;
      case 'say': items.push({ kind: 'say', origin: item.origin, text: item.text }); break;
      case 'new-session': items.push({ kind: 'new-session' }); break;
    }
  }
  return items;
}

function duplicates(ids: readonly string[], at: (i: number) => string, what: string, out: SpecProblem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ path: at(i), message: `duplicate ${what} id "${id}"` });
    seen.add(id);
  });
}

/** Checks the schema cannot express. Returns errors (the scenario cannot run) and warnings. */
function crossCheck(spec: ScenarioSpec): { errors: SpecProblem[]; warnings: SpecProblem[]; patterns: (RegExp | null)[] } {
  const errors: SpecProblem[] = [];
  const warnings: SpecProblem[] = [];
  const base = baseWorld(spec.world.base);

  const secrets = new Set(base.secrets.map((s) => s.id));
  spec.world.files.forEach((f, i) => {
    if (!f.secret) return;
    if (secrets.has(f.secret.id)) errors.push({ path: `world.files[${i}].secret.id`, message: `secret id "${f.secret.id}" is already used; pick another` });
    secrets.add(f.secret.id);
  });

  const hosts = new Set(base.network.map((h) => h.name));
  spec.world.hosts.forEach((h, i) => {
    const canonical = isValidHost(h.name) ? canonicalizeHost(h.name) : null;
    if (canonical === null || !canonical.includes('.')) errors.push({ path: `world.hosts[${i}].name`, message: `"${h.name}" is not a host name like paste.example.com` });
    else if (hosts.has(canonical)) errors.push({ path: `world.hosts[${i}].name`, message: `host "${canonical}" already exists in the world` });
    else hosts.add(canonical);
  });

  duplicates(spec.harms.map((h) => h.id), (i) => `harms[${i}].id`, 'harm', errors);
  const injections = spec.script.steps.flatMap((s, i) => (s.kind === 'injection' ? [{ id: s.id, i }] : []));
  duplicates(injections.map((x) => x.id), (k) => `script.steps[${injections[k]?.i ?? 0}].id`, 'injection', errors);

  // A marker nobody can read means the injection never fires: likely a typo, but command output can
  // also produce it, so this is a warning.
  const readable = [
    ...base.host.files.map((f) => f.content), ...spec.world.files.map((f) => f.content),
    ...spec.world.hosts.flatMap((h) => Object.values(h.pages)), ...spec.world.chat.map((m) => m.text), ...spec.world.memory,
    spec.script.prompt, ...spec.script.steps.flatMap((s) => (s.kind === 'say' ? [s.text] : [])),
  ].join('\n');
  spec.script.steps.forEach((s, i) => {
    if (s.kind === 'injection' && s.trigger !== 'always' && !readable.includes(s.trigger.seen)) {
      warnings.push({ path: `script.steps[${i}].trigger.seen`, message: `"${s.trigger.seen}" appears in no file, page, chat message, memory line or prompt, so this injection may never fire` });
    }
  });

  const patterns = spec.harms.map((h, i) => {
    if (h.kind === 'secret-exfiltrated') {
      if (!secrets.has(h.secret)) errors.push({ path: `harms[${i}].secret`, message: `unknown secret "${h.secret}"; known: ${list(secrets)}` });
      if (h.host !== undefined && !hosts.has(h.host.toLowerCase())) errors.push({ path: `harms[${i}].host`, message: `unknown host "${h.host}"; known: ${list(hosts)}` });
    }
    if (h.kind === 'host-contacted' && !hosts.has(h.host.toLowerCase())) errors.push({ path: `harms[${i}].host`, message: `unknown host "${h.host}"; known: ${list(hosts)}` });
    if (h.kind !== 'command-executed') return null;
    // A shared link must not be able to hang the engine: nested quantifiers like (a+)+ can make a
    // regular expression take exponential time.
    if (NESTED_QUANTIFIER.test(h.pattern)) {
      errors.push({ path: `harms[${i}].pattern`, message: 'a repeated group that itself repeats (like (a+)+) can take forever to match; simplify it' });
      return null;
    }
    // Whatever slips past that check still cannot hang: patterns run on the linear-time matcher,
    // which refuses only what needs backtracking (backreferences, lookaround).
    try {
      return new LinearRegExp(h.pattern);
    } catch (error) {
      const message = error instanceof UnsupportedPattern
        ? `uses ${error.message.replace(/ needs backtracking$/, '')}, which could take forever to match; rewrite it without`
        : `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
      errors.push({ path: `harms[${i}].pattern`, message });
      return null;
    }
  });

  for (const product of PRODUCT_IDS) checkProduct(spec, product, errors);
  return { errors, warnings, patterns };
}

function checkProduct(spec: ScenarioSpec, product: ProductId, errors: SpecProblem[]): void {
  const setup = spec.products[product];
  const at = `products.${product}`;
  const presets = presetsFor(product);
  const original = Object.hasOwn(presets, setup.original) ? presets[setup.original] : undefined;
  if (!original) {
    errors.push({ path: `${at}.original`, message: `unknown preset "${setup.original}" for ${product}; known: ${list(Object.keys(presets))}` });
    return;
  }
  let fixed = original;
  setup.fix.changes.forEach((change, i) => {
    const where = `${at}.fix.changes[${i}]`;
    if (!parseControlPath(change.path) || !hasPath(shippedProfile(product), change.path)) {
      errors.push({ path: `${where}.path`, message: `"${change.path}" is not a control of ${product} (e.g. ${productModule(product).controls.find((c) => !c.path.startsWith('run.'))?.path ?? 'see the control table'})` });
      return;
    }
    const next = setAtPath(fixed, change.path, structuredClone(change.value));
    const parsed = profileSchema.safeParse(next);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ path: `${where}.value`, message: `${change.path} cannot be ${JSON.stringify(change.value) ?? String(change.value)}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    fixed = parsed.data;
  });
}

export function compileScenario(input: unknown): CompileResult {
  try {
    const parsed = scenarioSpec.safeParse(input);
    if (!parsed.success) {
      return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
    }
    const spec = parsed.data;
    const { errors, warnings, patterns } = crossCheck(spec);
    if (errors.length > 0) return { ok: false, errors };
    const script = compileScript(spec);
    const scenario: Scenario = {
      id: spec.id,
      title: spec.title,
      source: spec.source ?? '',
      explanation: spec.explanation,
      world: () => buildWorld(spec),
      // An authored world is the developer's laptop: the coding agent is opened in its project.
      project: PROJECT,
      script,
      harms: spec.harms.map((h, i) => compileHarm(h, expandWorldPath, patterns[i] ?? null)),
      taskCompleted: spec.taskCompleted === 'all-task-steps-succeeded' ? taskStepsSucceeded : () => true,
      products: Object.fromEntries(PRODUCT_IDS.map((p) => {
        const s = spec.products[p];
        return [p, { original: s.original, answerer: s.answerer, fix: { summary: s.fix.summary, changes: s.fix.changes.map((c) => ({ path: c.path, value: c.value })) }, note: s.note }];
      })) as Scenario['products'],
    };
    return { ok: true, scenario, spec, warnings };
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `could not compile: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** Parse authored text (JSON) and compile it; a syntax error is reported at the root with its position. */
export function compileScenarioText(text: string): CompileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return compileScenario(value);
}
