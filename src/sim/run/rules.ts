// Permission-rule matching for Claude Code profiles: the policy layer's matcher (deny -> ask -> allow,
// first match wins; src/sim/policy/permissions.ts) answering in the permission-rules layer's name.
// When no rule matches, the permission mode decides (layers/permissionRules.ts).
import type { RuleMatcher } from '../layers/permissionRules.ts';
import { decide } from '../layers/types.ts';
import { matchPermissionRules } from '../policy/permissions.ts';

export const defaultRuleMatcher: RuleMatcher = (rules, call, ctx) => {
  if (rules.allow.length + rules.ask.length + rules.deny.length === 0) return null;
  const d = matchPermissionRules({ allow: rules.allow, ask: rules.ask, deny: rules.deny }, call, ctx);
  return d === null ? null : decide('permission-rules', d.decision, d.rule ?? 'permission rule', d.reason);
};
