// The shape every enforcement layer answers with. The UI and the event log show `layer` and `rule`,
// so a learner can read "blocked by the OS sandbox (denyRead ~/.aws)" rather than a bare "no".
import type { Verdict } from '../core/events.ts';

export type { Verdict };

/**
 * How a refusal looks to the process that hit it. EBUSY is what unlinking a path that the sandbox
 * bind-mounted over reports on Linux (the mount point cannot be removed); ENOTDIR is what creating
 * something beneath a placeholder file reports.
 */
export type FailureClass = 'ENOENT' | 'ENOTDIR' | 'EACCES' | 'EROFS' | 'EBUSY' | 'HTTP_403' | 'CONNECT_403' | 'EHOSTUNREACH';

export interface Decision {
  decision: Verdict;
  layer: string;
  rule: string | null;
  reason: string;
  failure?: FailureClass;
  /**
   * An allowed write that never reaches the path: it lands in the empty tmpfs the sandbox mounts over a
   * read-denied folder and is thrown away when the command exits.
   */
  discarded?: true;
}

export const LAYER_PERMISSION_RULES = 'permission-rules';
export const LAYER_OS_SANDBOX = 'os-sandbox';

export function allow(layer: string, rule: string | null, reason: string): Decision {
  return { decision: 'allow', layer, rule, reason };
}

export function deny(layer: string, rule: string | null, reason: string, failure?: FailureClass): Decision {
  return failure === undefined
    ? { decision: 'deny', layer, rule, reason }
    : { decision: 'deny', layer, rule, reason, failure };
}

export function ask(layer: string, rule: string | null, reason: string): Decision {
  return { decision: 'ask', layer, rule, reason };
}
