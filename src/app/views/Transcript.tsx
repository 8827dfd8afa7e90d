import { lazy, Suspense, useMemo } from 'react';
import type { SimEvent } from '../../sim/core/events.ts';
import { stripAnsi, transcriptText } from './transcript.ts';

const XtermView = lazy(() => import('./XtermView.tsx'));

export function Transcript({ events, step, product }: { events: readonly SimEvent[]; step: number; product: string }) {
  const text = useMemo(() => transcriptText(events, step), [events, step]);
  const plain = useMemo(() => stripAnsi(text), [text]);
  return (
    <div className="transcript" data-testid={`transcript-${product}`}>
      <Suspense fallback={<pre className="transcript-fallback mono">{plain || 'Loading terminal…'}</pre>}>
        <XtermView text={text} label={`Agent terminal for ${product}`} />
      </Suspense>
      {/* The same text for screen readers and text search; the terminal is a canvas-like widget. */}
      <pre className="sr-only" data-testid={`transcript-text-${product}`}>{plain}</pre>
    </div>
  );
}
