// Claude Code's OS sandbox: bubblewrap / Seatbelt around Bash and its children, with a network proxy
// outside the sandbox. The filesystem and domain semantics come from the policy layer (sandbox-runtime
// model); this module decides when the sandbox applies and what its escape hatch does.
import { compileSandbox, sandboxConnect, sandboxDelete, sandboxRead, sandboxWrite, type CompiledSandbox } from '../policy/sandbox.ts';
import type { ClaudeCodeProfile } from '../profile/schema.ts';
import { decide, type ConnectAction, type FsAction, type LayerDecision } from './types.ts';

export interface OsSandbox {
  /** The sandbox wraps Bash commands in this session. */
  active: boolean;
  /** Enabled in settings but the primitive could not start. */
  failedToStart: boolean;
  compiled: CompiledSandbox;
}

export function compileOsSandbox(p: ClaudeCodeProfile, ctx: { cwd: string; home: string }): OsSandbox {
  const s = p.sandbox;
  const compiled = compileSandbox(
    {
      network: { allowedDomains: s.network.allowedDomains, deniedDomains: s.network.deniedDomains },
      // Claude Code adds the working directory and its temp dir to the write allowlist it hands srt.
      filesystem: { ...s.filesystem, allowWrite: ['.', '/tmp/claude', ...s.filesystem.allowWrite] },
    },
    ctx,
  );
  return { active: s.enabled && s.available, failedToStart: s.enabled && !s.available, compiled };
}

function relabel(d: { decision: 'allow' | 'deny' | 'ask'; rule: string | null; reason: string; failure?: string }): LayerDecision {
  const failure = d.failure as LayerDecision['failure'];
  return decide('os-sandbox', d.decision, d.rule ?? 'default', d.reason, failure);
}

export function sandboxFs(sb: OsSandbox, a: FsAction): LayerDecision | null {
  if (a.via !== 'sandboxed-bash') return null;
  const d = a.op === 'read' || a.op === 'stat'
    ? sandboxRead(sb.compiled, a.realPath)
    : a.op === 'delete' ? sandboxDelete(sb.compiled, a.realPath) : sandboxWrite(sb.compiled, a.realPath);
  return relabel(d);
}

export function sandboxNet(sb: OsSandbox, a: ConnectAction): LayerDecision | null {
  if (a.via !== 'sandboxed-bash') return null;
  return relabel(sandboxConnect(sb.compiled, a.req.host, a.req.port));
}

/**
 * How the sandbox settings answer a Bash tool call before the permission prompt: auto-allow when it
 * will run sandboxed, refuse the escape hatch when `allowUnsandboxedCommands` is false.
 */
export function sandboxBashAuthorization(p: ClaudeCodeProfile, sb: OsSandbox, command: string, unsandboxedRequested: boolean): { decision: LayerDecision | null; sandboxed: boolean } {
  const first = command.trim().split(/\s+/)[0] ?? '';
  if (!sb.active) {
    if (sb.failedToStart && p.sandbox.failIfUnavailable) {
      return { decision: decide('os-sandbox', 'deny', 'failIfUnavailable: true', 'the sandbox could not start and the settings forbid running without it'), sandboxed: false };
    }
    return { decision: null, sandboxed: false };
  }
  if (unsandboxedRequested) {
    if (!p.sandbox.allowUnsandboxedCommands) {
      return { decision: decide('os-sandbox', 'deny', 'allowUnsandboxedCommands: false', 'the escape hatch (dangerouslyDisableSandbox) is switched off'), sandboxed: true };
    }
    return { decision: null, sandboxed: false };
  }
  if (p.sandbox.excludedCommands.some((c) => c === first || command.trim().startsWith(`${c} `) || command.trim() === c)) {
    return { decision: null, sandboxed: false };
  }
  if (p.sandbox.autoAllowBashIfSandboxed) {
    return { decision: decide('os-sandbox', 'allow', 'autoAllowBashIfSandboxed', 'the command runs inside the sandbox, so it needs no prompt'), sandboxed: true };
  }
  return { decision: null, sandboxed: true };
}
