// Plain-words sentences for the event log, so a learner reads "blocked by the egress proxy" rather
// than a record. Text only: nothing here is HTML.
import { presetLabel } from '../../sim/profile/presets.ts';
import type { SimEvent } from '../../sim/core/events.ts';
import type { LayerId } from '../../sim/core/ids.ts';

export const LAYER_NAME: Record<LayerId, string> = {
  'trust-gate': 'trust gate',
  'permission-rules': 'permission rules',
  'os-sandbox': 'OS sandbox',
  'container-boundary': 'container boundary (gVisor)',
  'vm-boundary': 'VM boundary',
  mounts: 'VM mounts',
  'egress-proxy': 'egress proxy',
  'api-proxy': 'API proxy in the VM',
  credentials: 'credentials',
  'tool-result-inspection': 'tool-result inspection',
  'approval-queue': 'approval queue',
  'model-classifier': 'model classifier',
  'dev-container': 'container boundary (Docker)',
  'container-firewall': 'container firewall',
  hooks: 'a settings hook',
};

const FAILURE_TEXT: Record<string, string> = {
  ENOENT: 'the path looks missing',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
  HTTP_403: 'HTTP 403 from the proxy',
  CONNECT_403: 'the proxy refused the connection (403)',
  EHOSTUNREACH: 'the firewall rejected the connection (no route to host)',
};

export type Tone = 'neutral' | 'allow' | 'deny' | 'ask' | 'harm' | 'info';

export interface Explained {
  text: string;
  tone: Tone;
}

export function explainEvent(e: SimEvent): Explained | null {
  switch (e.type) {
    case 'run-started':
      return { text: `Run of "${e.scenario}" on ${e.product} (${presetLabel(e.profileName)} settings, seed ${e.seed}${e.worstCase ? ', worst case' : ''})`, tone: 'info' };
    case 'user-prompt':
      return { text: `${e.origin === 'pasted' ? 'The user pasted a prompt' : 'The user asked'}: ${e.text}`, tone: 'info' };
    case 'choice':
      return { text: `${choiceText(e.kind)} (chance ${Math.round(e.p * 1000) / 10}%): ${e.taken ? 'yes' : 'no'}: ${e.about}`, tone: 'neutral' };
    case 'tool-call':
      return { text: `${e.plan ? 'Pursuing its own overeager plan, the agent' : e.origin === 'injection' ? 'Following injected instructions, the agent' : 'The agent'} calls ${e.tool}: ${e.input}${e.sandboxed ? ' (sandboxed)' : ''}`, tone: e.origin === 'injection' ? 'harm' : 'neutral' };
    case 'layer-decision': {
      const verb = e.decision === 'allow' ? 'Allowed' : e.decision === 'deny' ? 'Blocked' : 'Needs approval';
      const rule = e.rule ? ` (rule: ${e.rule})` : '';
      // Name what was decided on unless the reason already does (several secrets share one reason).
      const about = e.subject && !e.reason.includes(e.subject) ? ` [${e.subject}]` : '';
      return { text: `${verb} by the ${LAYER_NAME[e.layer]}${e.where ? `, ${e.where}` : ''}: ${e.reason}${rule}${about}`, tone: e.decision };
    }
    case 'file-access':
      // The process saw its write succeed, but it went into the sandbox's throwaway mount.
      if (e.discarded) return { text: `${opText(e.op)} ${e.path} landed in the sandbox's throwaway mount over a read-denied folder: nothing on disk changed`, tone: 'info' };
      return e.ok
        ? { text: `${opText(e.op)} ${e.path}`, tone: 'neutral' }
        : { text: `${opText(e.op)} ${e.path} failed: ${FAILURE_TEXT[e.failure ?? ''] ?? 'refused'}${e.layer ? ` (${LAYER_NAME[e.layer]})` : ''}`, tone: 'deny' };
    case 'net-request':
      return { text: `${e.method} ${e.url} (${e.bytes} bytes, via ${e.via})`, tone: 'neutral' };
    case 'net-response':
      return { text: `Response ${e.status}: ${e.summary}${e.layer ? ` (${LAYER_NAME[e.layer]})` : ''}`, tone: e.status >= 400 || e.status === 0 ? 'deny' : 'neutral' };
    case 'approval-asked':
      return { text: `Prompt #${e.promptNumber}: allow ${e.tool}: ${e.input}?`, tone: 'ask' };
    case 'approval-answered':
      return { text: `${e.approved ? 'Approved' : 'Denied'} by the ${answererText(e.by)}`, tone: e.approved ? 'allow' : 'deny' };
    case 'secret-exposed':
      return { text: `Secret ${e.secretId} is now in the agent's context (via ${e.via})`, tone: 'harm' };
    case 'exfiltration':
      return { text: `Exfiltrated: ${e.secretId} reached ${e.recipient} at ${e.host}${e.encoding !== 'plain' ? ` (encoded as ${e.encoding})` : ''}`, tone: 'harm' };
    case 'tool-result':
      return null;
    case 'crash':
      return { text: `${e.component} crashed: ${e.message}`, tone: 'deny' };
    case 'session-started':
      return { text: `Session ${e.session} starts: the agent remembers only what is on disk${e.wiped.length > 0 ? ` (discarded: ${e.wiped.join(', ')})` : ''}`, tone: 'info' };
    case 'run-finished':
      if (e.stopped) return { text: `Run ${e.stopped.message}`, tone: 'deny' };
      return { text: e.status === 'awaiting-approval' ? 'Waiting for an approval' : 'Run finished', tone: 'info' };
  }
}

function choiceText(kind: string): string {
  switch (kind) {
    case 'follow-injection': return 'Does the agent follow the injected instructions?';
    case 'human-approves': return 'Does the human approve?';
    case 'classifier-blocks': return 'Does the classifier block it?';
    default: return kind;
  }
}

function opText(op: string): string {
  return op === 'read' ? 'Read' : op === 'write' ? 'Wrote' : 'Deleted';
}

function answererText(by: string): string {
  switch (by) {
    case 'learner': return 'you';
    case 'attentive': return 'attentive human';
    case 'fatigued': return 'fatigued human';
    case 'classifier': return 'auto-mode classifier';
    default: return by;
  }
}
