// What a security team can see of a run, per product (incident 4, "isolation hides activity from
// EDR"). Endpoint detection on the user's machine sees processes, files and connections made there;
// a VM shows up as one opaque hypervisor process plus the host-side proxy's connections, and a
// server-side container shows nothing at all. Pull-based OTLP export brings the agent's own events
// back, after the fact: a record, not live monitoring. Each product module says which applies.
import type { SimEvent } from '../core/events.ts';
import { moduleOf } from './index.ts';
import type { ProductProfile } from './schema.ts';

export interface SecurityView {
  /** Lines the host's endpoint detection would record. */
  edr: string[];
  /** Events a security team can pull over OTLP (null when export is off or not offered). */
  otlp: SimEvent[] | null;
}

const EXPORTED: ReadonlySet<SimEvent['type']> = new Set(['tool-call', 'layer-decision', 'file-access', 'net-request', 'net-response', 'approval-asked', 'approval-answered']);

export function securityView(log: readonly SimEvent[], profile: ProductProfile): SecurityView {
  const product = moduleOf(profile);
  const exports = product.watchers(profile).includes('otlp-export');
  return { edr: product.edr(log, profile), otlp: exports ? log.filter((e) => EXPORTED.has(e.type)) : null };
}
