// What proving a recommendation found (proveRecommendation.ts), and how it reads. Kept apart from the
// prover so a view can show a proof without loading the engine.
import type { ControlChange } from '../scenarios/types.ts';

export interface WorkCheck {
  /** The incident's ordinary task completed before and after the change. */
  taskBefore: boolean;
  taskAfter: boolean;
  /** Steps of ordinary work that succeeded before the change and fail after it. */
  broken: string[];
  /** Hosts the ordinary work reached before the change and a layer refuses after it. */
  cutOff: string[];
}

export interface Narrower {
  changes: ControlChange[];
  text: string[];
}

export interface RecommendationProof {
  /** (a) The patched file imports without new warnings and carries every changed value. */
  realKeys: { ok: boolean; detail: string; file: string | null };
  /** (b) The incident re-run on the patched file is contained (null: the file could not be patched). */
  contained: { ok: boolean; detail: string } | null;
  /** (c) The ordinary work under the patched file (null: not checked, the file could not be patched). */
  work: (WorkCheck & { ok: boolean; detail: string }) | null;
  /** A narrower change, when this one breaks ordinary work and one was found. */
  narrower: Narrower | null;
}

/** The proof in sentences, for the report and the review page alike. */
export function proofSentences(p: RecommendationProof): string[] {
  const out = [`Proven on your file: (a) real keys: ${p.realKeys.ok ? 'yes' : 'no'}, ${p.realKeys.detail}.`];
  if (p.contained) out.push(`(b) ${p.contained.ok ? 'contained' : 'not contained'}: ${p.contained.detail}.`);
  if (p.work) out.push(`(c) ordinary work: ${p.work.ok ? 'kept' : 'broken'}: ${p.work.detail}.`);
  if (p.narrower) out.push(`Narrower alternative, also contained and keeping that work (checked in the incident's world): ${p.narrower.text.join('; ')}.`);
  else if (p.work && !p.work.ok && p.contained?.ok) out.push('No narrower change found that is contained and keeps that work: the change trades it for containment.');
  return out;
}
