// Claude Code tool calls through the policy layer: permission rules and modes for every tool, the
// sandbox's auto-allow for Bash, and the escape hatch (retry unsandboxed) behind an approval.
import { compileClaudeCode, decideClaudeCodeBash, decideUnsandboxedRetry, type CompiledClaudeCode } from '../policy/claudeCode.ts';
import { evaluatePermission, type PermissionContext, type ToolCall as PolicyCall } from '../policy/permissions.ts';
import type { ClaudeCodeProfile } from '../profile/schema.ts';
import { toLayerDecision } from './policyDecision.ts';
import { SETTINGS_FILES } from './osSandbox.ts';
import type { LayerDecision, ToolCall } from './types.ts';

export function compileClaudeCodeProfile(p: ClaudeCodeProfile, ctx: { cwd: string; home: string; probe?: (absPath: string) => 'file' | 'dir' | undefined }): CompiledClaudeCode {
  const s = p.sandbox;
  return compileClaudeCode({
    permissions: { allow: p.permissions.allow, ask: p.permissions.ask, deny: p.permissions.deny, defaultMode: p.permissions.defaultMode, additionalDirectories: p.permissions.additionalDirectories, client: p.client },
    sandbox: {
      enabled: s.enabled,
      autoAllowBashIfSandboxed: s.autoAllowBashIfSandboxed,
      allowUnsandboxedCommands: s.allowUnsandboxedCommands,
      failIfUnavailable: s.failIfUnavailable,
      excludedCommands: s.excludedCommands,
      network: s.network,
      // Claude Code also lets sandboxed commands write its own temp directory.
      filesystem: {
        ...s.filesystem,
        allowWrite: ['/tmp/claude', ...s.filesystem.allowWrite],
        denyWrite: [...SETTINGS_FILES, ...s.filesystem.denyWrite],
      },
    },
  }, ctx);
}

function toPolicyCall(call: ToolCall): PolicyCall {
  if (call.tool === 'Bash' && 'command' in call) return { tool: 'Bash', command: call.command };
  if ((call.tool === 'Read' || call.tool === 'Edit' || call.tool === 'Write') && 'path' in call) return { tool: call.tool, path: call.path };
  if (call.tool === 'WebFetch' && 'url' in call) return { tool: 'WebFetch', url: call.url };
  const input = 'input' in call && typeof call.input === 'object' && call.input !== null ? (call.input as Record<string, unknown>) : undefined;
  return input === undefined ? { tool: call.tool } : { tool: call.tool, input };
}

export interface ClaudeCodeAuthorization {
  decision: LayerDecision;
  sandboxed: boolean;
}

export function authorizeClaudeCode(c: CompiledClaudeCode, p: ClaudeCodeProfile, call: ToolCall, ctx: PermissionContext, unsandboxedRequested: boolean): ClaudeCodeAuthorization {
  if (call.tool === 'Bash' && 'command' in call) {
    // With the escape hatch removed the client ignores dangerouslyDisableSandbox and sandboxes as usual.
    if (unsandboxedRequested && (c.sandbox === null || c.block.allowUnsandboxedCommands || !p.sandbox.available)) {
      return { decision: toLayerDecision(decideUnsandboxedRetry(c, call.command, ctx), 'permission-rules'), sandboxed: false };
    }
    const v = decideClaudeCodeBash(c, call.command, ctx, p.sandbox.available);
    return { decision: toLayerDecision(v, 'permission-rules'), sandboxed: v.sandboxed };
  }
  return { decision: toLayerDecision(evaluatePermission(c.permissions, toPolicyCall(call), ctx), 'permission-rules'), sandboxed: false };
}
