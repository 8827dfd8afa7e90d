// Each event up to the current step, in plain words, colored by what it means (and labelled in
// text, so color is never the only signal).
import type { SimEvent } from '../../sim/core/events.ts';
import { explainEvent, type Tone } from './explain.ts';

const TONE_LABEL: Partial<Record<Tone, string>> = { allow: 'allowed', deny: 'blocked', ask: 'prompt', harm: 'harm' };

export function EventList({ events, product, currentStep }: { events: readonly SimEvent[]; product: string; currentStep: number }) {
  const shown = events.filter((e) => e.step <= currentStep);
  return (
    <ol className="events" data-testid={`events-${product}`} aria-live="polite">
      {shown.map((e) => {
        const ex = explainEvent(e);
        if (!ex) return null;
        return (
          <li key={e.seq} className={`ev ev-${ex.tone}${e.step === currentStep ? ' ev-current' : ''}`} data-step={e.step}>
            {TONE_LABEL[ex.tone] && <span className="ev-tag">{TONE_LABEL[ex.tone]}</span>}
            <span className="ev-text">{ex.text}</span>
          </li>
        );
      })}
    </ol>
  );
}
