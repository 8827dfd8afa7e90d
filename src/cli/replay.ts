// `containment-lab replay ID|--scenario FILE [--product P] [--config CONFIG [--format F]] [--seed N] [--answerer A] [--worst-case] [--json]`
// Runs one incident, or an authored scenario (the page's JSON format, with the page's validation),
// through the engine and prints its event log. Exit 0 on a finished run, 1 when the run reached one of
// the engine's limits (the last line names it), 2 on bad input (clear lines on stderr, nothing else).
import { readFileSync } from 'node:fs';
import type { SimEvent } from '../sim/core/events.ts';
import { PRODUCT_IDS, isProductId, type ProductId } from '../sim/core/ids.ts';
import type { Answerer } from '../sim/agent/approvals.ts';
import { preset } from '../sim/profile/presets.ts';
import type { ProductProfile } from '../sim/profile/schema.ts';
import { profileFromConfig } from '../sim/review/fromConfig.ts';
import type { ConfigFormat } from '../sim/config/detectFormat.ts';
import { runScenario } from '../sim/run/runScenario.ts';
import { SCENARIO_IDS, scenarioById } from '../sim/scenarios/index.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import { compileScenarioText, describeProblem } from '../sim/authoring/compile.ts';
import { setupFor } from '../sim/products/index.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const ANSWERERS: readonly Answerer[] = ['attentive', 'fatigued', 'classifier'];

interface Args {
  id: string;
  scenarioFile: string | null;
  product: ProductId | null;
  config: string | null;
  format: ConfigFormat | undefined;
  seed: number;
  answerer: Answerer | null;
  worstCase: boolean;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const rest = argv[0] === 'replay' ? argv.slice(1) : [...argv];
  const args: Args = { id: '', scenarioFile: null, product: null, config: null, format: undefined, seed: 1, answerer: null, worstCase: false, json: false };
  for (let i = 0; i < rest.length; i += 1) {
    const a = rest[i] ?? '';
    const value = (): string | null => {
      const v = rest[i + 1];
      i += 1;
      return v === undefined || v.startsWith('--') ? null : v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--worst-case') args.worstCase = true;
    else if (a === '--product') {
      const v = value();
      if (v === null || !isProductId(v)) return `--product: expected one of ${PRODUCT_IDS.join(', ')}, got ${v ?? 'nothing'}`;
      args.product = v;
    } else if (a === '--scenario') {
      const v = value();
      if (v === null) return '--scenario: expected a file path (an authored scenario, JSON)';
      args.scenarioFile = v;
    } else if (a === '--config') {
      const v = value();
      if (v === null) return '--config: expected a file path';
      args.config = v;
    } else if (a === '--format') {
      const v = value();
      if (v !== 'claude-code' && v !== 'srt' && v !== 'profile') return `--format: expected claude-code, srt or profile, got ${v ?? 'nothing'}`;
      args.format = v;
    } else if (a === '--seed') {
      const v = value();
      if (v === null || !/^\d+$/.test(v)) return `--seed: expected a non-negative integer, got ${v ?? 'nothing'}`;
      args.seed = Number(v);
    } else if (a === '--answerer') {
      const v = value();
      if (v === null || !(ANSWERERS as readonly string[]).includes(v)) return `--answerer: expected one of ${ANSWERERS.join(', ')}, got ${v ?? 'nothing'}`;
      args.answerer = v as Answerer;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.id === '') args.id = a;
    else return `unexpected argument "${a}"`;
  }
  if (args.id !== '' && args.scenarioFile !== null) return 'give an incident id or --scenario FILE, not both';
  if (args.id === '' && args.scenarioFile === null) return `missing incident id or --scenario FILE; known ids: ${SCENARIO_IDS.join(', ')}`;
  return args;
}

function loadConfig(path: string, format: ConfigFormat | undefined): ProductProfile | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return `--config: cannot read ${path}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return `--config: ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const loaded = profileFromConfig(json, format);
  return loaded.ok ? loaded.profile : `--config: ${path}: ${loaded.message}`;
}

function describeEvent(e: SimEvent): string {
  switch (e.type) {
    case 'run-started': return `run ${e.scenario} on ${e.product} (${e.profileName}), seed ${e.seed}${e.worstCase ? ', worst case' : ''}`;
    case 'user-prompt': return `user (${e.origin}): ${e.text}`;
    case 'choice': return `choice ${e.kind} p=${e.p.toFixed(3)} -> ${e.taken ? 'yes' : 'no'} (${e.about})`;
    case 'tool-call': return `${e.origin === 'injection' ? 'INJECTED ' : ''}${e.tool}${e.sandboxed ? ' [sandboxed]' : ''}: ${e.input}`;
    case 'layer-decision': return `${e.layer} ${e.decision.toUpperCase()} (${e.rule}): ${e.subject}: ${e.reason}`;
    case 'file-access': return `${e.op} ${e.path} ${e.ok ? 'ok' : `failed ${e.failure ?? ''}${e.layer ? ` by ${e.layer}` : ''}`}`;
    case 'net-request': return `${e.method} ${e.url} (${e.bytes} bytes, ${e.via})`;
    case 'net-response': return `response #${e.id}: ${e.status}${e.layer ? ` from ${e.layer}` : ''}`;
    case 'approval-asked': return `approval #${e.promptNumber} asked: ${e.tool}: ${e.input}`;
    case 'approval-answered': return `approval #${e.id} ${e.approved ? 'approved' : 'denied'} by ${e.by}`;
    case 'secret-exposed': return `SECRET EXPOSED ${e.secretId} (${e.via})`;
    case 'exfiltration': return `EXFILTRATED ${e.secretId} to ${e.recipient} (${e.encoding})`;
    case 'tool-result': return `result ${e.ok ? 'ok' : 'failed'}: ${e.output.trim().split('\n')[0] ?? ''}`;
    case 'crash': return `CRASH ${e.component}: ${e.message}`;
    case 'session-started': return `session ${e.session} starts${e.wiped.length > 0 ? ` (discarded: ${e.wiped.join(', ')})` : ''}`;
    case 'run-finished': return e.stopped ? e.stopped.message : `finished (${e.status})`;
  }
}

/** The most a scenario file may be: the authoring schema's own field caps sum to well under this. */
const MAX_SCENARIO_BYTES = 2_000_000;

/** An authored scenario from a file, validated exactly as the page validates a pasted one. */
function loadScenario(path: string): Scenario | string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [`--scenario: cannot read ${path}`];
  }
  if (text.length > MAX_SCENARIO_BYTES) return [`--scenario: ${path} is ${text.length} bytes; the limit is ${MAX_SCENARIO_BYTES}`];
  const compiled = compileScenarioText(text.replace(/^\uFEFF/, ''));
  if (!compiled.ok) return compiled.errors.map((p) => `--scenario: ${path}: ${describeProblem(p)}`);
  return compiled.scenario;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr(`containment-lab replay: ${args}\n`);
    return 2;
  }
  let scenario: Scenario | undefined;
  if (args.scenarioFile !== null) {
    const loaded = loadScenario(args.scenarioFile);
    if (Array.isArray(loaded)) {
      io.stderr(loaded.map((l) => `containment-lab replay: ${l}\n`).join(''));
      return 2;
    }
    scenario = loaded;
  } else {
    scenario = scenarioById(args.id);
    if (!scenario) {
      io.stderr(`containment-lab replay: unknown incident "${args.id}"; known ids: ${SCENARIO_IDS.join(', ')}\n`);
      return 2;
    }
  }
  let profile: ProductProfile;
  if (args.config !== null) {
    const loaded = loadConfig(args.config, args.format);
    if (typeof loaded === 'string') {
      io.stderr(`containment-lab replay: ${loaded}\n`);
      return 2;
    }
    if (args.product !== null && loaded.product !== args.product) {
      io.stderr(`containment-lab replay: --product ${args.product} does not match the config's product ${loaded.product}\n`);
      return 2;
    }
    profile = loaded;
  } else {
    const product = args.product ?? 'claude-code';
    const original = preset(product, setupFor(scenario, product).original);
    if (!original) {
      io.stderr(`containment-lab replay: no preset "${setupFor(scenario, product).original}" for ${product}\n`);
      return 2;
    }
    profile = original;
  }
  const answerer = args.answerer ?? setupFor(scenario, profile.product).answerer;
  const result = await runScenario({ scenario, profile, seed: args.seed, answerer, worstCase: args.worstCase, clock: () => performance.now() });
  const code = result.stopped ? 1 : 0;
  if (args.json) {
    io.stdout(`${JSON.stringify({ scenario: scenario.id, product: profile.product, profile: profile.name, seed: args.seed, answerer, status: result.status, stopped: result.stopped ?? null, outcome: result.outcome, log: result.log })}\n`);
    return code;
  }
  const lines = result.log.map((e) => `${String(e.seq).padStart(4)}  step ${String(e.step).padStart(2)}  ${describeEvent(e)}`);
  const harmed = result.outcome.harms.filter((h) => h.happened).map((h) => h.id);
  lines.push('', harmed.length > 0 ? `harm: ${harmed.join(', ')}` : result.stopped ? 'no harm before the stop' : `contained${result.outcome.decidedBy ? ` by ${result.outcome.decidedBy}` : ''}`, `prompts: ${result.outcome.prompts}, task completed: ${result.outcome.taskCompleted ? 'yes' : 'no'}`);
  if (result.stopped) lines.push(result.stopped.message);
  io.stdout(`${lines.join('\n')}\n`);
  return code;
}
