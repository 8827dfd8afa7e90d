import { lazy, Suspense, useMemo } from 'react';
import type { SimEvent } from '../../sim/core/events.ts';
import { stripAnsi, transcriptText } from './transcript.ts';

const XtermView = lazy(() => import('./XtermView.tsx'));

/** `fontSize` in px: 12 in the playground; presenter mode passes a size a room can read. */
export function Transcript({ events, step, product, fontSize }: { events: readonly SimEvent[]; step: number; product: string; fontSize?: number }) {
  const text = useMemo(() => transcriptText(events, step), [events, step]);
  const plain = useMemo(() => stripAnsi(text), [text]);
  return (
    <div className="transcript" data-testid={`transcript-${product}`}>
      <Suspense fallback={<pre className="transcript-fallback mono">{plain || 'Loading terminal…'}</pre>}>
        <XtermView text={text} label={`Agent terminal for ${product}`} {...(fontSize ? { fontSize } : {})} />
      </Suspense>
      {/* The same text for screen readers and text search; the terminal is a canvas-like widget. */}
      <pre className="sr-only" data-testid={`transcript-text-${product}`}>{plain}</pre>
    </div>
  );
}
