// The blast radius picture for the incidents that did the most damage under the reviewed config
// (the playground's picture, one per incident), and a picker for any other incident.
import { useState, type ReactNode } from 'react';
import type { CheckReport, IncidentCheck } from '../../sim/review/check.ts';
import { reachOf } from '../../sim/blast/reach.ts';
import { BlastRadius } from '../views/BlastRadius.tsx';

const SHOWN = 3;

/** Worst first: realized damage, then what was reachable. */
export function worstIncidents(report: CheckReport): IncidentCheck[] {
  return [...report.incidents].sort((a, b) => b.blast.realized - a.blast.realized || b.blast.reachable - a.blast.reachable || a.id.localeCompare(b.id));
}

function Picture({ incident, heading }: { incident: IncidentCheck; heading?: ReactNode }) {
  return (
    <div className="review-blast" data-testid="review-blast" data-incident={incident.id}>
      {heading ?? <h3>{incident.title}</h3>}
      <p className="small muted">{incident.contained ? 'contained' : 'not contained'} · reachable {incident.blast.score}% of the world</p>
      <BlastRadius
        product={incident.id} assets={incident.blast.assets.map((a) => ({ ...a, reach: reachOf(a.grants) }))}
        reachableScore={incident.blast.reachable} realizedScore={incident.blast.realized}
        promptScore={incident.blast.behindPrompt} maximum={incident.blast.maximum} size={200}
      />
    </div>
  );
}

export function BlastPictures({ report }: { report: CheckReport }) {
  const worst = worstIncidents(report);
  const rest = worst.slice(SHOWN);
  const [picked, setPicked] = useState(rest[0]?.id ?? '');
  const other = rest.find((i) => i.id === picked);
  return (
    <section className="review-card" aria-labelledby="review-blast-title">
      <h2 id="review-blast-title">Blast radius</h2>
      <p className="hint">The {Math.min(SHOWN, worst.length)} incidents with the most realized damage{rest.length > 0 ? ', and any other you pick' : ''}. Rings go outward from the agent: workspace, home, host secrets, internal services, internet. Solid red = open (no prompt needed), dashed amber ring = behind a prompt, small hollow = closed, square = touched, crossed = exfiltrated. The bar under each splits reachable into open and behind a prompt.</p>
      <div className="review-blast-grid">
        {worst.slice(0, SHOWN).map((i) => <Picture key={i.id} incident={i} />)}
        {other && (
          <div className="no-print">
            <Picture incident={other} heading={(
              <label className="review-blast-pick">
                <span className="sr-only">Another incident</span>
                <select value={picked} onChange={(e) => setPicked(e.currentTarget.value)} data-testid="review-blast-pick">
                  {rest.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
                </select>
              </label>
            )} />
          </div>
        )}
      </div>
    </section>
  );
}
