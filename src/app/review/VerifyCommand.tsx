// "Check it on the real Claude Code": the `containment-lab verify` command for the files under review,
// as text to read or copy (the page cannot run a binary; the reviewer runs it on their own machine).
import { useState } from 'react';
import type { ImportedSource } from '../../sim/review/importConfig.ts';
import { verifyCommand } from './verifyCommand.ts';

export function VerifyCommandCard({ sources }: { sources: readonly ImportedSource[] }) {
  const v = verifyCommand(sources);
  const [copied, setCopied] = useState('');
  return (
    <section className="review-card review-verify" aria-labelledby="review-verify-title" data-testid="review-verify">
      <h2 id="review-verify-title">Check it on the real Claude Code</h2>
      {!v.ok ? <p className="small muted">{v.reason}.</p> : (
        <>
          <p className="small">
            The verdicts come from the engine. To see what a real Claude Code does with the same tool calls, run this where the file is:
            every incident's calls go to the pinned Claude Code (or yours with <code>--claude PATH</code>) in a throwaway home and project with
            loopback-only network, and each answer is printed next to the engine's.
          </p>
          <div className="review-verify-row">
            <pre className="review-verify-command"><code data-testid="review-verify-command">{v.command}</code></pre>
            <button type="button" className="btn no-print" data-testid="review-verify-copy" onClick={() => {
              const done = (msg: string) => setCopied(msg);
              if (navigator.clipboard) navigator.clipboard.writeText(v.command).then(() => done('Command copied.'), () => done('Copy failed: select the command and copy it.'));
              else done('Copy is not available here: select the command and copy it.');
            }}>Copy command</button>
          </div>
          {v.notes.map((n) => <p key={n} className="small muted">{n}</p>)}
          <p className="small muted" role="status" aria-live="polite">{copied}</p>
        </>
      )}
    </section>
  );
}
