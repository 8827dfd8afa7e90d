// Everything that leaves the agent's machine goes through here: the product's connect layers decide,
// the modeled network answers, and canaries found in what a third party received become exfiltrations.
import type { EventLog } from '../core/events.ts';
import type { SendOutcome } from '../exec/netCommands.ts';
import type { ExecVia, LayerDecision } from '../layers/types.ts';
import { requestText, type HttpRequest } from '../net/http.ts';
import type { Network } from '../net/network.ts';
import { findCanaries } from '../world/canary.ts';
import type { Secret } from '../world/types.ts';
import type { ProductEnv } from './productEnv.ts';

export interface EgressHooks {
  onDeny(d: LayerDecision): void;
}

export async function sendThroughLayers(
  env: ProductEnv, network: Network, log: EventLog, secrets: readonly Secret[], hooks: EgressHooks,
  req: HttpRequest, label: string, via: ExecVia, requestId: number,
): Promise<SendOutcome> {
  log.append({ type: 'net-request', id: requestId, method: req.method, url: req.url, host: req.host, bytes: req.body.length, via: label });
  for (const d of env.connectDecisions({ req, via })) {
    log.append({ type: 'layer-decision', layer: d.layer, decision: d.decision, rule: d.rule, reason: d.reason, where: d.where, subject: `${req.method} ${req.host}` });
    if (d.decision !== 'deny') continue;
    hooks.onDeny(d);
    log.append({ type: 'net-response', id: requestId, status: 403, summary: d.reason, layer: d.layer });
    if (d.failure === 'CONNECT_403') return { kind: 'connect-failed', status: 403, message: 'CONNECT tunnel failed, response 403' };
    // A packet filter refuses the connection itself: no proxy is there to answer.
    if (d.failure === 'EHOSTUNREACH') return { kind: 'connect-failed', status: 0, message: `Failed to connect to ${req.host} port ${req.port}: No route to host` };
    return { kind: 'response', response: { status: 403, headers: { 'X-Proxy-Error': 'blocked-by-allowlist' }, body: `Forbidden: ${d.reason}\n` } };
  }
  const delivery = network.deliver(req);
  log.append({ type: 'net-response', id: requestId, status: delivery.response.status, summary: delivery.response.body.slice(0, 120) });
  if (delivery.response.status === 0) return { kind: 'connect-failed', status: 0, message: delivery.response.body };
  const recipient = delivery.recipient;
  if (recipient && (recipient.owner === 'attacker' || recipient.owner === 'public')) {
    for (const hit of await findCanaries(requestText(req), secrets)) {
      const secret = secrets.find((s) => s.id === hit.secretId);
      if (secret?.legitimateHosts.includes(req.host)) continue;
      log.append({ type: 'exfiltration', secretId: hit.secretId, host: req.host, recipient: recipient.label, encoding: hit.encoding, requestId });
    }
  }
  return { kind: 'response', response: delivery.response };
}
