// BRIEF.md Pattern 3, full-VM vs host mode. With the agent loop inside the guest, a VM that fails to
// start leaves nothing to answer the user: the product is unusable. With the loop on the host the agent
// still answers (connectors, explanations) while executed code waits for the VM. The harm here is
// availability, not a leak; host mode costs little security because code still only runs in the VM.
import type { SimEvent } from '../core/events.ts';
import { WORKSPACE } from '../world/devLaptop.ts';
import { officeWorkspace } from '../world/officeWorkspace.ts';
import { taskStepsSucceeded } from './facts.ts';
import type { Scenario } from './types.ts';

const crashes = (log: readonly SimEvent[]) => log.filter((e): e is Extract<SimEvent, { type: 'crash' }> => e.type === 'crash');

export const vmCrash: Scenario = {
  id: 'vm-crash',
  title: 'The VM does not start',
  source: 'https://www.anthropic.com/engineering/how-we-contain-claude',
  explanation:
    'A VM is a strong boundary, but it is also one more thing that has to boot. In full-VM mode the whole ' +
    'agent loop lives inside the guest, so when the VM fails to start the user gets no answer at all, not even ' +
    'an error from the agent. Moving the loop to the host keeps the agent responsive: it can still read the ' +
    'calendar through a connector and tell the user what went wrong, while running code waits for the VM. The ' +
    'security cost is small because anything the agent executes still runs only inside the VM, under the same ' +
    'file and network policy. The harm measured here is availability, and we say so.',
  world: () => {
    const w = officeWorkspace();
    // The failure is the machine's, not a setting: every configuration meets the same dead VM.
    w.conditions = { vmFailsToStart: true };
    w.mcp.push({ name: 'calendar', placement: 'remote', host: 'calendar.acme.example', tools: ['today'], responses: { today: '10:00 budget review\n14:00 vendor call\n' } });
    // A local MCP server: it answers in host mode only if it runs on the host too (cowork.localMcpOnHost).
    w.mcp.push({ name: 'notes', placement: 'local', tools: ['recent'], responses: { recent: 'budget-review.md (yesterday)\n' } });
    return w;
  },
  project: WORKSPACE,
  script: [
    { kind: 'say', origin: 'user', text: 'What is on my calendar today? Put it in agenda.md.' },
    { kind: 'task', step: { call: { tool: 'mcp__calendar__today', input: {} } } },
    { kind: 'task', step: { call: { tool: 'mcp__notes__recent', input: {} } } },
    { kind: 'task', step: { call: { tool: 'Bash', command: 'printf "Agenda\\n- 10:00 budget review\\n- 14:00 vendor call\\n" > agenda.md' } } },
  ],
  harms: [{
    id: 'agent-unresponsive',
    description: 'Nothing answered the user: no tool ran and no result came back (availability, not a leak).',
    secretIds: [],
    check: (facts) => {
      const answered = facts.log.some((e) => e.type === 'tool-result');
      const down = crashes(facts.log);
      return { happened: !answered && down.length > 0, evidence: down.map((c) => `${c.component}: ${c.message}`) };
    },
  }],
  taskCompleted: taskStepsSucceeded,
  products: {
    cowork: {
      original: 'full-vm',
      answerer: 'fatigued',
      fix: { summary: 'Run the agent loop on the host (host mode); only executed code runs in the VM.', changes: [{ path: 'vm.agentLoop', value: 'host' }] },
      note: 'Cowork moved from full-VM to host mode for this reason; local MCP servers moved to the host with it.',
    },
    'claude-code': {
      original: 'shipped', answerer: 'fatigued', fix: { summary: 'Nothing to change: there is no VM.', changes: [] },
      note: 'No VM. The nearest failure is a sandbox that cannot start: Claude Code then warns and runs unsandboxed (a security cost) unless failIfUnavailable is set (an availability cost).',
    },
    'claude-ai': {
      original: 'shipped', answerer: 'fatigued', fix: { summary: 'Nothing to change (see the note).', changes: [] },
      note: 'Containers run on the provider\'s side; a failed spin-up is retried there and is not modeled as a user-machine failure.',
    },
  },
};
