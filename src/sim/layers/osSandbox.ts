// Claude Code's OS sandbox: bubblewrap / Seatbelt around Bash and its children, with a network proxy
// outside the sandbox. File and domain semantics are the policy layer's (sandbox-runtime model);
// this module applies them to the accesses a sandboxed command actually makes.
import type { Decision } from '../policy/decision.ts';
import { sandboxConnect, sandboxDelete, sandboxRead, sandboxWrite, type CompiledSandbox } from '../policy/sandbox.ts';
import { decide, layerBase } from './catalog.ts';
import { toLayerDecision } from './policyDecision.ts';
import { PASS, type ConnectAction, type FsAction, type Layer, type LayerAnswer } from './types.ts';

/** Claude Code's own settings files under the working directory, always handed to srt as denyWrite. */
export const SETTINGS_FILES = ['.claude/settings.json', '.claude/settings.local.json'] as const;

/**
 * srt can only write-protect a path that exists when the command starts, so a missing settings file
 * stayed writable and sandboxed code could create it with a hook that ran outside the sandbox on the
 * next start (GHSA-ff64-7w26-62rf, fixed in 2.1.2). With `protectSettingsFiles` Claude Code refuses
 * those writes whether or not the file exists yet.
 */
export function settingsGuard(protectSettingsFiles: boolean, cwd: string, a: FsAction): LayerAnswer {
  if (!protectSettingsFiles || a.via !== 'sandboxed-bash' || a.op === 'read' || a.op === 'stat') return PASS;
  const hit = SETTINGS_FILES.find((f) => a.realPath === `${cwd}/${f}`);
  if (hit === undefined) return PASS;
  return decide('os-sandbox', 'deny', 'protect Claude Code settings', `${a.realPath} is Claude Code's own settings file: sandboxed commands may not create or change it`, 'EROFS');
}

export function sandboxFs(sb: CompiledSandbox, a: FsAction): LayerAnswer {
  if (a.via !== 'sandboxed-bash') return PASS;
  const d: Decision = a.op === 'read' || a.op === 'stat'
    ? sandboxRead(sb, a.realPath)
    : a.op === 'delete' ? sandboxDelete(sb, a.realPath) : sandboxWrite(sb, a.realPath);
  return toLayerDecision(d, 'os-sandbox');
}

/**
 * A host outside the allowlist is not refused outright: the sandbox's proxy asks Claude Code, which in
 * bypassPermissions approves it (measured on 2.1.328: the request leaves; deniedDomains still refuse).
 */
export function sandboxNet(sb: CompiledSandbox, a: ConnectAction, bypass: boolean): LayerAnswer {
  if (a.via !== 'sandboxed-bash') return PASS;
  const d = sandboxConnect(sb, a.req.host, a.req.port);
  if (bypass && d.decision === 'deny' && d.rule === null && /matches no allowedDomains entry/.test(d.reason)) {
    return decide('os-sandbox', 'allow', 'bypassPermissions', `${a.req.host} is not on the sandbox's allowlist, so its proxy asks Claude Code, and bypassPermissions says yes`);
  }
  return toLayerDecision(d, 'os-sandbox');
}

export interface OsSandboxOptions {
  cwd: string;
  protectSettingsFiles: boolean;
  /** The permission mode is bypassPermissions: the proxy's questions are answered yes. */
  bypass: boolean;
}

/** The sandbox as a layer; `sb` is null when it is off or cannot start, and then it passes everything. */
export function osSandboxLayer(sb: CompiledSandbox | null, o: OsSandboxOptions): Layer {
  return {
    ...layerBase('os-sandbox'),
    fileAccess: (a) => {
      if (sb === null) return PASS;
      const guard = settingsGuard(o.protectSettingsFiles, o.cwd, a);
      return guard.decision !== 'pass' ? guard : sandboxFs(sb, a);
    },
    connect: (a) => (sb === null ? PASS : sandboxNet(sb, a, o.bypass)),
  };
}
