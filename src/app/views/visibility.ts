// Which events are on screen: everything up to the timeline position, except that in the
// presenter's "what happens next?" pause the current step shows only what the agent attempts.
import type { SimEvent } from '../../sim/core/events.ts';
import type { PresenterPhase } from '../store/presenterSlice.ts';

const ATTEMPTS = new Set<SimEvent['type']>(['run-started', 'user-prompt', 'tool-call', 'choice']);

const SETUP_KEPT = new Set<SimEvent['type']>([...ATTEMPTS, 'session-started']);

/**
 * `holdSetup` (presenter mode before the final reveal): the set-up's own decisions (step 0, e.g.
 * "the credentials are not inside the container") answer the room's question for the whole incident
 * in advance, so they wait for the verdict like the verdict badge does.
 */
export function visibleEvents(log: readonly SimEvent[], step: number, phase: PresenterPhase, holdSetup = false): SimEvent[] {
  return log.filter((e) => {
    if (holdSetup && e.step === 0 && !SETUP_KEPT.has(e.type)) return false;
    return e.step < step || (e.step === step && (phase === 'reveal' || ATTEMPTS.has(e.type)));
  });
}
