// The three sentences a manager reads first: what an agent running with this file could do to this
// machine (from what the worst-case runs actually did), how many incidents the file contains and
// which boundary or person decided, and the single change or key that matters most. Computed from
// the check and the file findings; nothing here is written per incident.
import type { Effect } from '../blast/realized.ts';
import type { CheckReport } from './check.ts';
import type { FileReview } from './fileFindings.ts';
import { statusCounts } from './statusCounts.ts';

const EFFECT_PHRASE: Record<Effect, (what: string) => string> = {
  read: (w) => `read ${w}`, changed: (w) => `change ${w}`, deleted: (w) => `delete ${w}`, sent: (w) => `send out ${w}`,
  exfiltrated: (w) => `get ${w} out to an attacker`, persisted: (w) => `plant lasting changes in ${w}`,
};
const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function plainSummary(report: CheckReport, review: FileReview | null): string[] {
  const failing = report.incidents.filter((i) => !i.contained && i.status !== 'not-applicable');
  const { notApplicable, applicable: total } = statusCounts(report);
  // What the runs did, by effect, across every incident that got through.
  const byEffect = new Map<Effect, Set<string>>();
  const destinations = new Set<string>();
  for (const i of failing) {
    for (const a of i.blast.assets) {
      // A destination's label is already an action ("send data to github.com").
      if (a.kind === 'destination') {
        if (a.effects.length > 0) destinations.add(a.label);
        continue;
      }
      for (const e of a.effects) {
        if (!byEffect.has(e)) byEffect.set(e, new Set());
        byEffect.get(e)?.add(a.label);
      }
    }
  }
  const order: Effect[] = ['exfiltrated', 'sent', 'deleted', 'changed', 'persisted', 'read'];
  const parts = order.filter((e) => byEffect.has(e)).slice(0, 2).map((e) => {
    const labels = [...(byEffect.get(e) ?? [])].map(lower);
    return EFFECT_PHRASE[e](`${list(labels.slice(0, 3))}${labels.length > 3 ? ` (and ${labels.length - 3} more)` : ''}`);
  });
  if (destinations.size > 0) parts.push(list([...destinations].slice(0, 2).map(lower)));
  const prompts = failing.filter((i) => i.decidedBy === 'approval-queue').length;
  const first = failing.length === 0
    ? 'In every incident we replayed, a boundary stopped the agent before it could do harm to this machine or its data.'
    : parts.length > 0
      ? `An agent running with this file could ${list(parts)} on this machine${prompts === failing.length ? ', stopped only if someone says no to a prompt' : ''}.`
      : `An agent running with this file gets through in ${failing.length} incident${failing.length === 1 ? '' : 's'} without a boundary stopping it.`;
  const notFailing = failing.length - prompts;
  const second = `${total - failing.length} of ${total} incidents that apply here are contained by a boundary${prompts > 0 ? `; in ${prompts} only a person answering a prompt stands in the way, which is not a boundary` : ''}${notFailing > 0 ? `; ${notFailing} get${notFailing === 1 ? 's' : ''} through` : ''}${notApplicable > 0 ? ` (${notApplicable} do not apply to this product)` : ''}.`;
  const worst = review?.findings.find((f) => f.level === 'error');
  // A change proven on the file itself (real keys, contained, ordinary work kept) before one only re-run.
  const proven = failing.map((i) => i.recommendation).find((r) => r?.proof?.realKeys.ok === true && r.proof.contained?.ok === true && r.proof.work?.ok === true);
  const fix = proven ?? failing.map((i) => i.recommendation).find((r) => r?.verified);
  const third = worst
    ? `Most urgent in the file itself: ${worst.title} (${worst.paths[0] ?? worst.source}).`
    : fix
      ? `The change that contains the most: ${fix.summary.replace(/\.$/, '')}.`
      : failing.length > 0
        ? 'No single settings change contains what got through; see the incidents below.'
        : 'Keep it that way: the findings below list what the file does that the replays cannot show.';
  return [first, second, third];
}
