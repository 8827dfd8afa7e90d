// Permission-rule matching for Claude Code profiles. The rule grammar is the policy layer's job
// (src/sim/policy/permissions.ts, evaluatePermission); until it is wired here only empty rule lists
// are supported and any rule is reported as unsupported rather than silently ignored.
import type { RuleMatcher } from '../layers/permissionRules.ts';
import { decide } from '../layers/types.ts';

export const defaultRuleMatcher: RuleMatcher = (rules) => {
  const all = [...rules.deny, ...rules.ask, ...rules.allow];
  if (all.length === 0) return null;
  return decide('permission-rules', 'deny', 'unsupported rule', `permission rules (${all.join(', ')}) need the policy rule matcher, which is not wired yet`);
};
