import type { NetworkEntry } from '../../sim/core/fold.ts';
import { LAYER_NAME } from './explain.ts';

export function NetworkLog({ entries, product }: { entries: readonly NetworkEntry[]; product: string }) {
  if (entries.length === 0) return <p className="muted small" data-testid={`network-${product}`}>No network requests yet.</p>;
  return (
    <table className="netlog" data-testid={`network-${product}`}>
      <caption className="sr-only">Network requests</caption>
      <thead>
        <tr><th scope="col">Request</th><th scope="col">Verdict</th></tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const blocked = e.blockedBy !== undefined || (e.status !== undefined && (e.status === 0 || e.status === 403));
          return (
            <tr key={e.id} className={blocked ? 'net-blocked' : 'net-passed'}>
              <td><span className="mono">{e.method}</span> <span className="mono url">{e.url}</span></td>
              <td>
                {e.status === undefined ? 'pending' : blocked ? `blocked${e.blockedBy ? ` by ${LAYER_NAME[e.blockedBy]}` : ''} (${e.status})` : `passed (${e.status})`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
