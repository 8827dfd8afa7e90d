// Folding the log into a view. Pure: the same events always give the same view, so seeking to an
// event, stepping back and replaying from scratch are all `foldLog(events, uptoSeq)`.
import type { AnswererKind, Failure, FsOp, SimEvent, Verdict } from './events.ts';
import type { LayerId } from './ids.ts';

export interface FileTouch {
  path: string;
  reads: number;
  writes: number;
  deletes: number;
  denied: number;
  /** Writes that succeeded for the process but landed in a throwaway mount (not refused, not kept). */
  discarded: number;
  lastFailure?: Failure;
}

export interface NetworkEntry {
  id: number;
  method: string;
  url: string;
  host: string;
  via: string;
  status?: number;
  summary?: string;
  blockedBy?: LayerId;
}

export interface ApprovalEntry {
  id: number;
  tool: string;
  input: string;
  promptNumber: number;
  approved?: boolean;
  by?: AnswererKind;
}

export interface LayerTally {
  allow: number;
  deny: number;
  ask: number;
}

export interface SimView {
  uptoSeq: number;
  step: number;
  files: FileTouch[];
  network: NetworkEntry[];
  approvals: ApprovalEntry[];
  exposures: { secretId: string; via: string; step: number }[];
  exfiltrations: { secretId: string; host: string; recipient: string; encoding: string; step: number }[];
  layers: Partial<Record<LayerId, LayerTally>>;
  toolCalls: number;
  crashed: string[];
  finished: boolean;
}

const opField: Record<FsOp, 'reads' | 'writes' | 'deletes'> = { read: 'reads', write: 'writes', delete: 'deletes' };

/**
 * Incremental fold: feed events one at a time (the store does this as a run streams in); `view()`
 * gives the same result as folding the whole prefix from scratch.
 */
export class ViewBuilder {
  private readonly files = new Map<string, FileTouch>();
  private readonly network = new Map<number, NetworkEntry>();
  private readonly approvals = new Map<number, ApprovalEntry>();
  private readonly state: SimView = {
    uptoSeq: -1, step: 0, files: [], network: [], approvals: [], exposures: [], exfiltrations: [],
    layers: {}, toolCalls: 0, crashed: [], finished: false,
  };

  add(e: SimEvent): void {
    const view = this.state;
    view.uptoSeq = e.seq;
    view.step = e.step;
    switch (e.type) {
      case 'file-access': {
        const touch = this.files.get(e.path) ?? { path: e.path, reads: 0, writes: 0, deletes: 0, denied: 0, discarded: 0 };
        if (e.ok) touch[opField[e.op]] += 1;
        else if (e.discarded) touch.discarded += 1;
        else {
          touch.denied += 1;
          if (e.failure) touch.lastFailure = e.failure;
        }
        this.files.set(e.path, touch);
        break;
      }
      case 'net-request':
        this.network.set(e.id, { id: e.id, method: e.method, url: e.url, host: e.host, via: e.via });
        break;
      case 'net-response': {
        const entry = this.network.get(e.id);
        if (entry) {
          entry.status = e.status;
          entry.summary = e.summary;
          if (e.layer) entry.blockedBy = e.layer;
        }
        break;
      }
      case 'approval-asked':
        this.approvals.set(e.id, { id: e.id, tool: e.tool, input: e.input, promptNumber: e.promptNumber });
        break;
      case 'approval-answered': {
        const entry = this.approvals.get(e.id);
        if (entry) {
          entry.approved = e.approved;
          entry.by = e.by;
        }
        break;
      }
      case 'secret-exposed':
        view.exposures.push({ secretId: e.secretId, via: e.via, step: e.step });
        break;
      case 'exfiltration':
        view.exfiltrations.push({ secretId: e.secretId, host: e.host, recipient: e.recipient, encoding: e.encoding, step: e.step });
        break;
      case 'layer-decision': {
        const tally = view.layers[e.layer] ?? { allow: 0, deny: 0, ask: 0 };
        tally[e.decision satisfies Verdict] += 1;
        view.layers[e.layer] = tally;
        break;
      }
      case 'tool-call':
        view.toolCalls += 1;
        break;
      case 'crash':
        view.crashed.push(e.component);
        break;
      case 'run-finished':
        view.finished = true;
        break;
      default:
        break;
    }
  }

  /** A detached snapshot: later `add` calls do not change it. */
  view(): SimView {
    return structuredClone({
      ...this.state,
      files: [...this.files.values()],
      network: [...this.network.values()],
      approvals: [...this.approvals.values()],
    });
  }
}

/** Fold events with seq <= uptoSeq (all events when omitted): replay, seek and step-back. */
export function foldLog(events: readonly SimEvent[], uptoSeq?: number): SimView {
  const limit = uptoSeq ?? Number.POSITIVE_INFINITY;
  const builder = new ViewBuilder();
  for (const e of events) {
    if (e.seq > limit) break;
    builder.add(e);
  }
  return builder.view();
}

/** Seq of the last event of agent step `step` (for "seek to step k"); -1 before the first event. */
export function lastSeqOfStep(events: readonly SimEvent[], step: number): number {
  let seq = -1;
  for (const e of events) {
    if (e.step > step) break;
    seq = e.seq;
  }
  return seq;
}
