// One design review as a single call over plain data: import the reviewer's sources, optionally try
// a recommendation's control changes on top, and run the incident catalog against the result. The
// worker serves this so the page stays responsive; progress is reported per incident.
import { applyFix } from '../scenarios/fix.ts';
import { SCENARIOS } from '../scenarios/index.ts';
import type { ControlChange, Scenario } from '../scenarios/types.ts';
import { checkProfile, type CheckReport, type IncidentCheck } from './check.ts';
import type { ReviewFormat } from './configProfile.ts';
import type { FileReview } from './fileFindings.ts';
import { importConfig, type ConfigSource, type ImportedSource, type SourceIssue } from './importConfig.ts';

export interface ReviewRequest {
  sources: ConfigSource[];
  /** Force a format instead of detecting it per source. */
  format?: ReviewFormat;
  /** Control changes applied to the imported profile before the check (trying a recommendation). */
  apply?: ControlChange[];
}

export type ReviewResult =
  | { ok: true; report: CheckReport; format: ReviewFormat; sources: ImportedSource[]; warnings: SourceIssue[]; applied: ControlChange[]; review: FileReview; texts: { name: string; text: string }[] }
  | { ok: false; errors: SourceIssue[]; warnings: SourceIssue[]; sources: ImportedSource[] };

export async function runReview(request: ReviewRequest, onProgress?: (done: number, total: number) => void, scenarios: readonly Scenario[] = SCENARIOS): Promise<ReviewResult> {
  const imported = importConfig(request.sources, request.format);
  if (!imported.ok) return imported;
  const applied = request.apply ?? [];
  let profile = imported.profile;
  if (applied.length > 0) {
    try {
      profile = applyFix(profile, { summary: 'tried from the review page', changes: applied });
    } catch (e) {
      return { ok: false, errors: [{ source: 'recommendation', path: '', message: `cannot be applied: ${e instanceof Error ? e.message : String(e)}` }], warnings: imported.warnings, sources: imported.sources };
    }
  }
  // One incident at a time, so the page can show how far the catalog has got.
  const incidents: IncidentCheck[] = [];
  onProgress?.(0, scenarios.length);
  for (const scenario of scenarios) {
    // Recommendations are proven on the reviewer's files as they are (not with a tried change on top).
    const part = await checkProfile(profile, [scenario], applied.length === 0 ? { sources: request.sources, format: imported.format } : undefined);
    incidents.push(...part.incidents);
    onProgress?.(incidents.length, scenarios.length);
  }
  return {
    ok: true, report: { product: profile.product, profile, incidents }, format: imported.format,
    sources: imported.sources, warnings: imported.warnings, applied, review: imported.review,
    // The files' text, named as imported, so the report can say which of their keys let each incident through.
    texts: request.sources.map((s, k) => ({ name: imported.sources[k]?.name ?? s.name, text: s.text })),
  };
}
