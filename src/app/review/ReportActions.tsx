// Report export: the same Markdown the CLI writes (`containment-lab check CONFIG --report FILE`),
// and the browser's print dialog over a print stylesheet (Save as PDF gives a clean document).
import type { CheckReport } from '../../sim/review/check.ts';
import type { ReviewFormat } from '../../sim/review/configProfile.ts';
import type { FileReview } from '../../sim/review/fileFindings.ts';
import { reviewMarkdown } from '../../sim/review/report.ts';

export const REPORT_FILE = 'containment-review.md';

export function downloadText(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ReportActions({ report, files, format, review, texts }: { report: CheckReport; files: string[]; format: ReviewFormat; review?: FileReview; texts?: { name: string; text: string }[] }) {
  return (
    <div className="review-actions no-print">
      <button type="button" className="btn btn-primary" data-testid="review-download" onClick={() => downloadText(REPORT_FILE, reviewMarkdown(report, { files, format, ...(review ? { review } : {}), ...(texts ? { texts } : {}) }), 'text/markdown')}>
        Download Markdown
      </button>
      <button type="button" className="btn" data-testid="review-print" onClick={() => window.print()}>Print / Save as PDF</button>
    </div>
  );
}
