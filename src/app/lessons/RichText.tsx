// Lesson text is structured data (segments with optional link, code or emphasis), rendered as React
// text nodes: no HTML strings anywhere.
import type { Paragraph, Segment } from '../../lessons/types.ts';
import { showOnPage } from './showOnPage.ts';

function SegmentView({ seg }: { seg: Segment | string }) {
  if (typeof seg === 'string') return <>{seg}</>;
  let node = <>{seg.text}</>;
  if (seg.code) node = <code>{node}</code>;
  if (seg.strong) node = <strong>{node}</strong>;
  // Only web links: a lesson cannot smuggle a javascript: URL into the page.
  if (seg.href && /^https?:\/\//.test(seg.href)) node = <a href={seg.href} target="_blank" rel="noopener noreferrer">{node}</a>;
  const target = seg.show;
  if (target) {
    node = (
      <button type="button" className="link-btn show-me" data-testid={`show-${target.product}-${target.spot}`} onClick={() => showOnPage(target)}>
        {node}<span aria-hidden="true"> ↗</span>
      </button>
    );
  }
  return node;
}

export function RichParagraph({ paragraph, className }: { paragraph: Paragraph; className?: string }) {
  return <p className={className}>{paragraph.map((seg, i) => <SegmentView key={i} seg={seg} />)}</p>;
}

export function RichText({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  return <>{paragraphs.map((p, i) => <RichParagraph key={i} paragraph={p} />)}</>;
}
