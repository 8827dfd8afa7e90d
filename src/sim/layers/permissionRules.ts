// Claude Code tool calls through the policy layer: permission rules and modes for every tool, the
// sandbox's auto-allow for Bash, and the escape hatch (retry unsandboxed) behind an approval.
import { decideClaudeCodeBash, decideUnsandboxedRetry, refusedStart, type CompiledClaudeCode } from '../policy/claudeCode.ts';
import { evaluatePermission, type PermissionContext, type ToolCall as PolicyCall } from '../policy/permissions.ts';
import { layerBase } from './catalog.ts';
import { toLayerDecision } from './policyDecision.ts';
import type { Layer, ToolCall, ToolDecision } from './types.ts';

function toPolicyCall(call: ToolCall): PolicyCall {
  if (call.tool === 'Bash' && 'command' in call) return { tool: 'Bash', command: call.command };
  if ((call.tool === 'Read' || call.tool === 'Edit' || call.tool === 'Write') && 'path' in call) return { tool: call.tool, path: call.path };
  if (call.tool === 'WebFetch' && 'url' in call) return { tool: 'WebFetch', url: call.url };
  const input = 'input' in call && typeof call.input === 'object' && call.input !== null ? (call.input as Record<string, unknown>) : undefined;
  return input === undefined ? { tool: call.tool } : { tool: call.tool, input };
}

/** `sandboxAvailable`: whether the OS primitive can start here (an enabled sandbox that cannot start wraps nothing). */
export function authorizeClaudeCode(c: CompiledClaudeCode, sandboxAvailable: boolean, call: ToolCall, ctx: PermissionContext, unsandboxedRequested: boolean): ToolDecision {
  // failIfUnavailable on a machine where the sandbox cannot start: the client refuses to start at all
  // (2.1.328, differential group "the sandbox cannot start and failIfUnavailable"), so no tool runs,
  // not even Read, WebFetch or an unsandboxed retry.
  if (c.sandbox !== null && !sandboxAvailable && c.block.failIfUnavailable) {
    return { ...toLayerDecision(refusedStart(), 'permission-rules'), sandboxed: false };
  }
  if (call.tool === 'Bash' && 'command' in call) {
    // With the escape hatch removed the client ignores dangerouslyDisableSandbox and sandboxes as usual.
    if (unsandboxedRequested && (c.sandbox === null || c.block.allowUnsandboxedCommands || !sandboxAvailable)) {
      return { ...toLayerDecision(decideUnsandboxedRetry(c, call.command, ctx), 'permission-rules'), sandboxed: false };
    }
    const v = decideClaudeCodeBash(c, call.command, ctx, sandboxAvailable);
    return { ...toLayerDecision(v, 'permission-rules'), sandboxed: v.sandboxed };
  }
  return { ...toLayerDecision(evaluatePermission(c.permissions, toPolicyCall(call), ctx), 'permission-rules'), sandboxed: false };
}

export function permissionRulesLayer(c: CompiledClaudeCode, sandboxAvailable: boolean, ctx: PermissionContext): Layer {
  return { ...layerBase('permission-rules'), toolCall: (a) => authorizeClaudeCode(c, sandboxAvailable, a.call, ctx, a.unsandboxedRequested) };
}
