// Which events are on screen: everything up to the timeline position, except that in the
// presenter's "what happens next?" pause the current step shows only what the agent attempts.
import type { SimEvent } from '../../sim/core/events.ts';
import type { PresenterPhase } from '../store/presenterSlice.ts';

const ATTEMPTS = new Set<SimEvent['type']>(['run-started', 'user-prompt', 'tool-call', 'choice']);

export function visibleEvents(log: readonly SimEvent[], step: number, phase: PresenterPhase): SimEvent[] {
  return log.filter((e) => e.step < step || (e.step === step && (phase === 'reveal' || ATTEMPTS.has(e.type))));
}
