// The verdict of a run for one product: contained or not, which layer decided, and friction.
export interface OutcomeProps {
  product: string;
  contained: boolean;
  decidedBy: string | null;
  prompts: number;
  taskCompleted: boolean;
  /** Set briefly after a control change flipped the verdict, so the change is noticed. */
  changed?: boolean;
  /** The run is paused on a prompt: no verdict yet. */
  awaiting?: boolean;
}

export function Outcome({ product, contained, decidedBy, prompts, taskCompleted, changed, awaiting }: OutcomeProps) {
  if (awaiting) {
    return (
      <div className="outcome outcome-wait" aria-live="polite">
        <strong className="outcome-verdict" data-testid={`outcome-${product}`}>awaiting approval</strong>
        <span className="outcome-detail">The run is paused until the prompt below is answered · {prompts} prompt{prompts === 1 ? '' : 's'} so far</span>
      </div>
    );
  }
  return (
    <div className={`outcome ${contained ? 'outcome-ok' : 'outcome-bad'}${changed ? ' outcome-changed' : ''}`} aria-live="polite">
      <strong className="outcome-verdict" data-testid={`outcome-${product}`}>{contained ? 'contained' : 'not contained'}</strong>
      <span className="outcome-detail">
        {decidedBy ? `decided by ${decidedBy}` : contained ? 'nothing harmful was attempted' : 'no layer stopped it'}
        {' · '}{prompts} prompt{prompts === 1 ? '' : 's'}
        {' · '}task {taskCompleted ? 'completed' : 'not completed'}
      </span>
    </div>
  );
}
