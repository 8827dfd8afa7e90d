// The verdict of a run for one product, in the four kinds kept apart everywhere: held by a boundary,
// held only by a person's "no" (not contained), not applicable here, and not contained. In the worst
// case the verdict is the adaptive attacker's: it names the technique that got through, or, when every
// technique failed, what stopped each one. Friction (prompts) and the task's fate follow.
import type { Judgement, Refusal } from '../../sim/attacks/judgedRun.ts';

export interface OutcomeProps {
  product: string;
  judgement: Judgement;
  /** Plain-words name of a layer id ('os-sandbox' -> 'OS sandbox'). */
  layerName: (decidedBy: string | null) => string | null;
  prompts: number;
  taskCompleted: boolean;
  /** Set briefly after a control change flipped the verdict, so the change is noticed. */
  changed?: boolean;
  /** The run is paused on a prompt: no verdict yet. */
  awaiting?: boolean;
}

const BADGE: Record<Judgement['status'], string> = {
  contained: 'contained',
  'prompt-only': 'not contained',
  'not-applicable': 'not applicable',
  'not-contained': 'not contained',
};

const TONE: Record<Judgement['status'], string> = {
  contained: 'outcome-ok',
  'prompt-only': 'outcome-bad',
  'not-applicable': 'outcome-na',
  'not-contained': 'outcome-bad',
};

/** What the human model gives: who said no, and how likely a yes was. */
export function refusalText(r: Refusal | null): string {
  if (!r) return 'Held only because a person said no to a prompt: approvals are not a boundary.';
  const prompt = r.promptNumber > 0 ? ` to prompt #${r.promptNumber}` : '';
  switch (r.by) {
    case 'learner':
      return `Held only because you said no${prompt}. A yes, or a tired moment, lets it through: approvals are not a boundary.`;
    case 'attentive':
      return `Held only because the attentive human said no${prompt}. This model refuses every prompt that serves an injection; real people approve about 93% of prompts.`;
    case 'fatigued':
      return `Held only because the fatigued human said no${prompt}, this time. This model approves that prompt ${r.approveChance === null ? 'most of the time' : `${Math.round(r.approveChance * 100)}% of the time`}.`;
    default:
      return `Held only because the ${r.by} said no${prompt}: approvals are not a boundary.`;
  }
}

function why(j: Judgement, layerName: OutcomeProps['layerName']): string {
  const tried = j.tried.length;
  switch (j.status) {
    case 'not-contained':
      if (j.technique === null) return j.reason;
      return tried > 1 ? `Got through: ${j.techniqueTitle ?? j.technique} (after ${tried - 1} other technique${tried === 2 ? '' : 's'} failed).` : `Got through: ${j.techniqueTitle ?? j.technique}.`;
    case 'prompt-only':
      return `${refusalText(j.refusal)}${j.techniqueTitle ? ` Technique: ${j.techniqueTitle}.` : ''}`;
    case 'not-applicable':
      return 'This incident cannot happen here: nothing it needs exists in this product or setup.';
    case 'contained': {
      if (tried === 0) return `Held by the ${layerName(j.decidedBy) ?? 'environment'}.`;
      const layers = [...new Set(j.tried.filter((t) => t.status === 'contained').map((t) => layerName(t.decidedBy) ?? 'a boundary'))];
      return `Every technique failed (${tried} tried); held by the ${layers.join(', the ')}.`;
    }
  }
}

export function Outcome({ product, judgement: j, layerName, prompts, taskCompleted, changed, awaiting }: OutcomeProps) {
  if (awaiting) {
    return (
      <div className="outcome outcome-wait" aria-live="polite">
        <strong className="outcome-verdict" data-testid={`outcome-${product}`}>awaiting approval</strong>
        <span className="outcome-detail">The run is paused until the prompt below is answered · {prompts} prompt{prompts === 1 ? '' : 's'} so far</span>
      </div>
    );
  }
  const stopped = j.tried.filter((t) => t.technique !== j.technique || j.status === 'contained');
  return (
    <div className={`outcome ${TONE[j.status]}${changed ? ' outcome-changed' : ''}`} aria-live="polite" data-status={j.status}>
      <strong className="outcome-verdict" data-testid={`outcome-${product}`}>{BADGE[j.status]}</strong>
      <span className="outcome-why" data-testid={`outcome-why-${product}`}>{why(j, layerName)}</span>
      <span className="outcome-detail">
        {prompts} prompt{prompts === 1 ? '' : 's'}
        {' · '}task {taskCompleted ? 'completed' : 'not completed'}
        {j.tried.length > 0 && ' · worst case: every technique tried'}
      </span>
      {stopped.length > 0 && (
        <details className="outcome-tried" data-testid={`outcome-tried-${product}`}>
          <summary>{j.status === 'contained' ? `What stopped each technique (${stopped.length})` : `Techniques that failed first (${stopped.length})`}</summary>
          <ul>
            {stopped.map((t) => (
              <li key={t.technique} data-technique={t.technique} data-status={t.status}>
                {t.title}: {t.status === 'contained' ? `stopped by the ${layerName(t.decidedBy) ?? 'boundary'}`
                  : t.status === 'not-applicable' ? 'had nothing to work with here'
                  : t.status === 'prompt-only' ? 'held only by a "no" to a prompt' : 'not contained'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
