// The live approval queue: the pending prompt (if the learner is the answerer) with Approve/Deny,
// and the history of prompts and who answered them.
import type { ApprovalEntry } from '../../sim/core/fold.ts';

export interface PendingApproval {
  tool: string;
  input: string;
  promptNumber: number;
}

export interface ApprovalQueueProps {
  product: string;
  pending?: PendingApproval | null;
  history: readonly ApprovalEntry[];
  onAnswer?(approved: boolean): void;
}

const BY: Record<string, string> = { learner: 'you', attentive: 'attentive human', fatigued: 'fatigued human', classifier: 'classifier' };

export function ApprovalQueue({ product, pending, history, onAnswer }: ApprovalQueueProps) {
  return (
    <div className="approvals" data-testid={`approvals-${product}`}>
      {pending && (
        <div className="approval-pending" role="alertdialog" aria-label={`Approval needed in ${product}`}>
          <p><strong>Prompt #{pending.promptNumber}</strong>: allow <span className="mono">{pending.tool}</span>?</p>
          <pre className="mono approval-input">{pending.input}</pre>
          <div className="approval-buttons">
            <button type="button" className="btn btn-ok" onClick={() => onAnswer?.(true)} data-testid={`approve-${product}`}>Approve</button>
            <button type="button" className="btn btn-bad" onClick={() => onAnswer?.(false)} data-testid={`deny-${product}`}>Deny</button>
          </div>
        </div>
      )}
      {history.length === 0 && !pending ? (
        <p className="muted small">No prompts.</p>
      ) : (
        <ol className="approval-history">
          {history.map((a) => (
            <li key={a.id} className={a.approved === undefined ? '' : a.approved ? 'approved' : 'denied'}>
              <span className="mono">{a.tool}</span>: {a.input.length > 80 ? `${a.input.slice(0, 80)}…` : a.input}{' '}
              <strong>{a.approved === undefined ? 'waiting' : `${a.approved ? 'approved' : 'denied'} by ${BY[a.by ?? ''] ?? a.by}`}</strong>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
