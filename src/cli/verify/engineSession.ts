// The same case through the engine: the case's world at the same absolute paths, the settings file read
// by the importer `check` uses, and each call as a one-step scenario on the Claude Code product. The
// observation comes from the event log and the filesystem the run left, exactly as the panes see them.
import { InMemoryFs } from 'just-bash';
import type { SimEvent } from '../../sim/core/events.ts';
import type { ToolCall } from '../../sim/layers/types.ts';
import { importConfig } from '../../sim/review/importConfig.ts';
import type { ClaudeCodeProfile } from '../../sim/profile/schema.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import type { Scenario, ToolStep } from '../../sim/scenarios/types.ts';
import type { World } from '../../sim/world/types.ts';
import { canariesIn, caseFiles, substitute, type CallObservation, type CallSpec, type CcCase } from './caseTypes.ts';
import { MANAGED_AT, SCOPED_AT, SETTINGS_AT, managedText, scopedFiles, settingsText } from './realSession.ts';

function worldOf(root: string, files: Record<string, string>, links: Record<string, string>): World {
  return {
    id: 'fidelity',
    host: {
      user: 'root', home: `${root}/home`, projects: [`${root}/proj`], workspace: `${root}/proj`,
      symlinks: Object.entries(links).map(([rel, target]) => ({ path: `${root}/${rel}`, target })),
      files: Object.entries(files).map(([rel, content]) => ({ path: `${root}/${rel}`, content })),
    },
    container: { home: '/root', files: [] },
    secrets: [], network: [], accounts: [], mcp: [], chat: [],
  };
}

function toStep(call: CallSpec, files: Record<string, string>, root: string): ToolStep {
  let c: ToolCall;
  switch (call.tool) {
    case 'Bash': c = { tool: 'Bash', command: call.command }; break;
    case 'Read': c = { tool: 'Read', path: call.path }; break;
    case 'Write': c = { tool: 'Write', path: call.path, content: call.content ?? 'written by the agent\n' }; break;
    case 'Edit': {
      const rel = call.path.startsWith(root + '/') ? call.path.slice(root.length + 1) : call.path;
      // The real call's old_string is the file's first line: empty for a missing file, which makes the real
      // Edit tool create the file (seen on 2.1.328), under the same permission rules as Write.
      c = files[rel] === undefined ? { tool: 'Write', path: call.path, content: ' (edited)' } : { tool: 'Edit', path: call.path, content: ' (edited)' };
      break;
    }
    case 'WebFetch': c = { tool: 'WebFetch', url: call.url }; break;
  }
  return { call: c, ...(call.tool === 'Bash' && call.dangerouslyDisableSandbox ? { dangerouslyDisableSandbox: true } : {}) };
}

async function snapshot(fs: InMemoryFs, root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of fs.getAllPaths()) {
    if (!path.startsWith(root + '/')) continue;
    const st = await fs.stat(path).catch(() => null);
    if (st === null || !st.isFile) continue;
    out.set(path.slice(root.length + 1), await fs.readFile(path));
  }
  return out;
}

function observe(log: readonly SimEvent[], before: Map<string, string>, after: Map<string, string>, bash: boolean, canaries: Record<string, string> = {}): CallObservation {
  const call = log.find((e) => e.type === 'tool-call');
  const first = log.find((e) => e.type === 'layer-decision' && e.subject.includes(':'));
  const asked = log.some((e) => e.type === 'approval-asked');
  const decision = asked ? 'ask' : first?.type === 'layer-decision' && first.decision === 'deny' ? 'deny' : 'allow';
  const results = log.filter((e) => e.type === 'tool-result');
  const output = results.map((e) => (e.type === 'tool-result' ? e.output : '')).join('\n');
  const ran = decision === 'allow' || log.some((e) => e.type === 'approval-answered' && e.approved);
  const sent = new Set<string>();
  const blocked = new Set<string>();
  for (const e of log) {
    if (e.type !== 'net-request') continue;
    const refused = log.some((r) => r.type === 'net-response' && r.id === e.id && r.layer !== undefined);
    (refused ? blocked : sent).add(e.host.toLowerCase());
  }
  return {
    decision,
    sandboxed: bash && ran && call?.type === 'tool-call' ? call.sandboxed : null,
    read: canariesIn(output, canaries),
    written: [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k).sort(),
    deleted: [...before.keys()].filter((k) => !after.has(k)).sort(),
    sent: [...sent].sort(), blocked: [...blocked].sort(), output: output.slice(0, 600),
  };
}

export function engineProfile(c: CcCase, root: string): ClaudeCodeProfile {
  // The same file at the same scope as the real client reads it: the project's .claude/settings.json.
  // Managed settings, when the case has them, sit above it as the machine's policy.
  const managed = managedText(c, root);
  const imported = importConfig([
    ...(managed === null ? [] : [{ name: MANAGED_AT, text: managed, scope: 'managed' as const }]),
    { name: SETTINGS_AT, text: settingsText(c, root), scope: 'project' },
    ...Object.entries(scopedFiles(c, root)).map(([name, text]) => ({ name, text, scope: name === SCOPED_AT.user ? 'user' as const : 'local' as const })),
    // --permission-mode is the command line's scope, which managed settings still outrank.
    ...(c.mode === undefined ? [] : [{ name: '--permission-mode', text: JSON.stringify({ permissions: { defaultMode: c.mode } }), scope: 'cli' as const }]),
  ], 'claude-code');
  if (!imported.ok) throw new Error(`${c.name}: the engine refused the settings: ${imported.errors.map((e) => e.message).join('; ')}`);
  const profile = imported.profile as ClaudeCodeProfile;
  return c.sandboxUnavailable === true ? { ...profile, sandbox: { ...profile.sandbox, available: false } } : profile;
}

export async function runEngineCase(c: CcCase, root: string): Promise<CallObservation[]> {
  const files = { ...caseFiles(c), [SETTINGS_AT]: settingsText(c, root), ...scopedFiles(c, root) };
  const profile = engineProfile(c, root);
  const calls = substitute(c.calls, root);
  const out: CallObservation[] = [];
  for (const [i, call] of calls.entries()) {
    const world = worldOf(root, files, substitute(c.links ?? {}, root));
    const scenario: Scenario = {
      id: `${c.name}#${i}`, title: c.name, source: 'fidelity case', explanation: '',
      world: () => world, project: `${root}/proj`,
      script: [{ kind: 'task', step: toStep(call, files, root) }], harms: [], taskCompleted: () => true,
      products: {} as Scenario['products'],
    };
    const fs = new InMemoryFs();
    const before = new Map(Object.entries(files));
    // The human's answer to the first prompt and to an unsandboxed retry after it.
    const yes = call.answer === 'allow';
    const r = await runScenario({ scenario, profile, seed: 1, answerer: 'learner', answers: [yes, yes], worstCase: true, fs });
    out.push(observe(r.log, before, await snapshot(fs, root), call.tool === 'Bash', c.canaries));
  }
  return out;
}
