// What a security team can see of a run, per product (incident 4, "isolation hides activity from
// EDR"). Endpoint detection on the user's machine sees processes, files and connections made there;
// a VM shows up as one opaque hypervisor process plus the host-side proxy's connections, and a
// server-side container shows nothing at all. Pull-based OTLP export brings the agent's own events
// back, after the fact: a record, not live monitoring.
import type { SimEvent } from '../core/events.ts';
import type { ProductProfile } from '../profile/schema.ts';

export interface SecurityView {
  /** Lines the host's endpoint detection would record. */
  edr: string[];
  /** Events a security team can pull over OTLP (null when export is off or not offered). */
  otlp: SimEvent[] | null;
}

const EXPORTED: ReadonlySet<SimEvent['type']> = new Set(['tool-call', 'layer-decision', 'file-access', 'net-request', 'net-response', 'approval-asked', 'approval-answered']);

export function securityView(log: readonly SimEvent[], profile: ProductProfile): SecurityView {
  const edr: string[] = [];
  switch (profile.product) {
    case 'claude-code':
      // Everything runs as the user on the host, so the EDR sees each command and its effects.
      for (const e of log) {
        if (e.type === 'tool-call' && (e.tool === 'Bash' || e.tool === 'Hook')) edr.push(`process: ${e.input}`);
        if (e.type === 'file-access' && e.ok) edr.push(`file ${e.op}: ${e.path}`);
        if (e.type === 'net-request') edr.push(`connection: ${e.host}:443`);
      }
      break;
    case 'cowork': {
      const steps = new Set(log.filter((e) => e.type === 'tool-call').map((e) => e.step));
      if (steps.size > 0) edr.push(`process: virtualization service (hypervisor) active during ${steps.size} step(s); guest activity is opaque`);
      // The egress proxy runs on the host, so its outbound connections are visible, not their origin.
      for (const e of log) if (e.type === 'net-request' && !e.via.startsWith('mcp:')) edr.push(`connection from the host-side proxy: ${e.host}:443`);
      break;
    }
    case 'claude-ai':
      break;
  }
  const exports = profile.product !== 'claude-ai' && profile.otlpExport;
  return { edr, otlp: exports ? log.filter((e) => EXPORTED.has(e.type)) : null };
}
