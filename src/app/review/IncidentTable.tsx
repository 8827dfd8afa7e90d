// Every incident against the reviewed config: contained or not, the layer that held (or that only a
// prompt stood in the way), and the blast radius it could reach and did reach.
import type { CheckReport } from '../../sim/review/check.ts';
import { layerText, verdictText } from './verdictText.ts';

const STATUS_TEXT = { contained: 'contained', 'prompt-only': 'not contained (only a prompt)', 'not-applicable': 'not applicable', 'not-contained': 'not contained' } as const;

export function IncidentTable({ report }: { report: CheckReport }) {
  return (
    <table className="review-table" data-testid="review-table">
      <caption className="sr-only">Incidents run against the reviewed config</caption>
      <thead>
        <tr>
          <th scope="col">Incident</th>
          <th scope="col">Verdict</th>
          <th scope="col">Layer that held or failed</th>
          <th scope="col" className="num">Reachable</th>
          <th scope="col" className="num">Realized</th>
          <th scope="col" className="num">Prompts</th>
        </tr>
      </thead>
      <tbody>
        {report.incidents.map((i) => (
          <tr key={i.id} data-testid="review-row" data-incident={i.id} data-contained={i.contained ? 'yes' : 'no'} data-status={i.status} className={i.contained || i.status === 'not-applicable' ? 'row-ok' : 'row-bad'}>
            <th scope="row">
              <span className="review-incident-title">{i.title}</span>
              <span className="mono muted"> {i.id}</span>
            </th>
            <td><span className={`review-verdict ${i.contained || i.status === 'not-applicable' ? 'ok' : 'bad'}`}>{i.status ? STATUS_TEXT[i.status] : verdictText(i.contained, i.decidedBy)}</span></td>
            <td>
              {i.technique !== null && i.technique !== undefined && <div>{i.status === 'prompt-only' ? 'reached a prompt' : 'got through'}: <span className="mono">{i.technique}</span></div>}
              {i.status === 'not-applicable' ? 'cannot happen here: nothing needed to hold' : layerText(i.contained, i.decidedBy)}{!i.reason.startsWith('held by') && !i.reason.startsWith('no harm was possible') && <div className="small muted">{i.reason}</div>}</td>
            <td className="num" title={`${i.blast.reachable} of ${i.blast.maximum} points, ${i.blast.behindPrompt} behind a prompt`}>{i.blast.score}%<div className="small muted">{i.blast.reachable - i.blast.behindPrompt} open + {i.blast.behindPrompt} prompt</div></td>
            <td className="num">{i.blast.realized}</td>
            <td className="num">{i.prompts}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
