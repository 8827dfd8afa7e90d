// Claude Code permission rules and modes. Rule matching (deny -> ask -> allow, first match wins) is the
// policy layer's `evaluatePermission`; this module adds what the mode does when no rule matched.
import type { ClaudeCodeProfile } from '../profile/schema.ts';
import { decide, type LayerDecision, type ToolCall } from './types.ts';
import { isWithin } from '../vfs/paths.ts';

export interface RuleContext {
  cwd: string;
  home: string;
  projectRoot: string;
}

/** Matches `call` against allow/ask/deny rules; null when no rule matched. */
export type RuleMatcher = (rules: { allow: string[]; ask: string[]; deny: string[] }, call: ToolCall, ctx: RuleContext) => LayerDecision | null;

const READ_ONLY_TOOLS = new Set(['Read', 'Glob', 'Grep', 'LS']);
const EDIT_TOOLS = new Set(['Edit', 'Write']);

export function authorizeByRules(p: ClaudeCodeProfile, call: ToolCall, ctx: RuleContext, match: RuleMatcher): LayerDecision {
  const perms = p.permissions;
  const matched = match(perms, call, ctx);
  if (matched && matched.decision === 'deny') return matched;
  if (matched) return matched;
  const mode = perms.defaultMode;
  if (mode === 'bypassPermissions') return decide('permission-rules', 'allow', 'defaultMode: bypassPermissions', 'every tool runs without a prompt');
  if (READ_ONLY_TOOLS.has(call.tool)) return decide('permission-rules', 'allow', 'read-only tool', 'read-only tools need no approval');
  if (mode === 'plan') return decide('permission-rules', 'deny', 'defaultMode: plan', 'plan mode only reads and plans');
  if (EDIT_TOOLS.has(call.tool) && 'path' in call && (mode === 'acceptEdits' || mode === 'auto') && isWithin(ctx.projectRoot, call.path)) {
    return decide('permission-rules', 'allow', `defaultMode: ${mode}`, 'file edits inside the project are accepted');
  }
  if (mode === 'dontAsk') return decide('permission-rules', 'deny', 'defaultMode: dontAsk', 'anything not pre-approved is refused without a prompt');
  return decide('permission-rules', 'ask', `defaultMode: ${mode}`, `${call.tool} needs approval`);
}
