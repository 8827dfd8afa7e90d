// Where the real client and the engine part ways on one call, in words a failing test prints.
import type { CallObservation, CallSpec } from './caseTypes.ts';

const FIELDS = ['decision', 'sandboxed', 'read', 'written', 'deleted', 'sent', 'blocked'] as const;

export function describeCall(call: CallSpec): string {
  switch (call.tool) {
    case 'Bash': return `Bash(${call.command})${call.dangerouslyDisableSandbox ? ' [dangerouslyDisableSandbox]' : ''}`;
    case 'WebFetch': return `WebFetch(${call.url})`;
    default: return `${call.tool}(${call.path})`;
  }
}

export function differences(real: CallObservation, sim: CallObservation, call?: CallSpec): string[] {
  const out: string[] = [];
  const judged = call?.tool === 'Bash' && call.judge === 'decision' ? FIELDS.slice(0, 2) : FIELDS;
  for (const f of judged) {
    const a = JSON.stringify(real[f]);
    const b = JSON.stringify(sim[f]);
    if (a !== b) out.push(`${f}: real=${a} engine=${b}`);
  }
  return out;
}

export interface Tally {
  calls: number;
  agree: number;
  byCategory: Map<string, { calls: number; agree: number; cases: number }>;
}

export function newTally(): Tally {
  return { calls: 0, agree: 0, byCategory: new Map() };
}

export function count(t: Tally, category: string, calls: number, agree: number): void {
  t.calls += calls;
  t.agree += agree;
  const c = t.byCategory.get(category) ?? { calls: 0, agree: 0, cases: 0 };
  c.calls += calls;
  c.agree += agree;
  c.cases += 1;
  t.byCategory.set(category, c);
}

export function summary(t: Tally, label: string): string {
  const rows = [...t.byCategory].map(([k, v]) => `  ${k}: ${v.agree}/${v.calls} calls in ${v.cases} cases`);
  return `[fidelity] ${label}: engine agreed with the real client on ${t.agree}/${t.calls} calls\n${rows.join('\n')}`;
}
