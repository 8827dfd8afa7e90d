// Claude Code's OS sandbox: bubblewrap / Seatbelt around Bash and its children, with a network proxy
// outside the sandbox. File and domain semantics are the policy layer's (sandbox-runtime model);
// this module applies them to the accesses a sandboxed command actually makes.
import type { Decision } from '../policy/decision.ts';
import { sandboxConnect, sandboxDelete, sandboxRead, sandboxWrite, type CompiledSandbox } from '../policy/sandbox.ts';
import { toLayerDecision } from './policyDecision.ts';
import type { ConnectAction, FsAction, LayerDecision } from './types.ts';

export function sandboxFs(sb: CompiledSandbox | null, a: FsAction): LayerDecision | null {
  if (sb === null || a.via !== 'sandboxed-bash') return null;
  const d: Decision = a.op === 'read' || a.op === 'stat'
    ? sandboxRead(sb, a.realPath)
    : a.op === 'delete' ? sandboxDelete(sb, a.realPath) : sandboxWrite(sb, a.realPath);
  return toLayerDecision(d, 'os-sandbox');
}

export function sandboxNet(sb: CompiledSandbox | null, a: ConnectAction): LayerDecision | null {
  if (sb === null || a.via !== 'sandboxed-bash') return null;
  return toLayerDecision(sandboxConnect(sb, a.req.host, a.req.port), 'os-sandbox');
}
