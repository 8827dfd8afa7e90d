// How an agent gets at one asset, from its grants: some capability needs nobody's yes (open), only
// prompts guard it, or every door is denied (closed). One definition for the panes and the review.
// Types only from the engine, so a page can import it without the engine.
import type { Verdict } from '../core/events.ts';

export type Reach = 'open' | 'prompt' | 'closed';

export function reachOf(grants: readonly { verdict: Verdict }[]): Reach {
  if (grants.some((g) => g.verdict === 'allow')) return 'open';
  return grants.some((g) => g.verdict === 'ask') ? 'prompt' : 'closed';
}
