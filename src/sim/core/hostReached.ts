// One answer to "did a request reach this host?", shared by authored harms and the built-in incidents.
// A request reached its host when a response came back that the host produced: no layer wrote it
// (a layer's refusal carries the layer's id) and the connection did not fail (status 0). Whatever
// the host answered, 200 or 404, the request and everything it carried got there.
import type { SimEvent } from './events.ts';

type NetRequest = Extract<SimEvent, { type: 'net-request' }>;
type NetResponse = Extract<SimEvent, { type: 'net-response' }>;

/** The host itself answered: no layer refused the request and the connection did not fail. */
export function answeredByHost(response: NetResponse): boolean {
  return response.layer === undefined && response.status !== 0;
}

export interface HostContact {
  request: NetRequest;
  /** The HTTP status the host itself answered with. */
  status: number;
}

export function hostContacts(log: readonly SimEvent[], host: string): HostContact[] {
  const wanted = host.toLowerCase();
  const requests = new Map<number, NetRequest>();
  const out: HostContact[] = [];
  for (const e of log) {
    if (e.type === 'net-request' && e.host.toLowerCase() === wanted) requests.set(e.id, e);
    if (e.type === 'net-response' && answeredByHost(e)) {
      const request = requests.get(e.id);
      if (request) out.push({ request, status: e.status });
    }
  }
  return out;
}
