import { goal, noHarm } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const hostVsFullVm: Lesson = {
  id: 'host-vs-full-vm',
  title: 'Host mode versus full-VM mode',
  blurb: 'Where the agent loop lives decides what a VM crash costs.',
  teaches: ['host-vs-full-vm'],
  uses: ['local-vm', 'mounts', 'scoped-tokens', 'allowlist-capability'],
  text: [
    ['Cowork can place its agent loop in two ways. In ', strong('full-VM mode'), ' everything, including the loop that talks to the model, runs in the guest, so no process outside the VM holds a key that could switch the boundary off. In ', strong('host mode'), ' the loop runs on the host and only code execution happens in the VM.'],
    ['Full-VM mode has a reliability cost: if the VM fails to start or crashes, the product is simply unusable. Host mode keeps the agent answering, and costs little in security, because the VM still enforces the file and network rules on every command that actually runs. Local MCP servers moved to the host along with the loop (administrators choose which ones); remote MCP servers are unaffected.'],
    ['Cowork uses six isolation mechanisms. Two are enforced outside the guest kernel, so they hold even against root inside the VM; four live inside the guest and are kept minimal. The post names the hypervisor and vsock boundary, the selective mounts, the egress allowlist proxy, the in-VM API proxy, the keychain with its scoped token, and running the agent as an ordinary Linux user; the exact split appears only in a figure, so where this playground places each one is ', strong('our model'), '. This VM will not start today. Keep the product useful. Source: ', link('the engineering post', SOURCES.post.url), '.'],
  ],
  sources: [SOURCES.post],
  product: 'cowork',
  scenarios: ['vm-crash'],
  start: { preset: 'full-vm', changes: [{ path: 'cowork.vm.starts', value: false }] },
  run: { seed: 11, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'cowork.vm.agentLoop', label: 'Where the agent loop runs' },
    { path: 'cowork.localMcpOnHost', label: 'Local MCP servers run on the host' },
  ],
  goal: goal('A VM that will not start does not take the whole product down.', noHarm('The product stays usable when the VM fails')),
  hints: [
    ['The crash itself is not the harm. Which part of the product depends on the VM being up?'],
    ['If the loop talking to the model lived outside the VM, it could still answer.'],
    ['Set the agent loop to ', code('host'), '.'],
  ],
  solution: [{ path: 'cowork.vm.agentLoop', value: 'host' }],
  traps: [
    { changes: [{ path: 'cowork.localMcpOnHost', value: false }], why: 'moving the MCP servers off the host does not keep the agent answering when the VM dies' },
  ],
  quiz: {
    question: 'Why does host mode cost little security even though the agent loop leaves the VM?',
    answers: [
      { text: 'Because the loop is trusted code written by the vendor.', correct: false, explanation: 'Vendor code can have bugs too. The argument is about where the policy is enforced.' },
      { text: 'Because every command the agent runs still executes in the VM, under its file and network rules.', correct: true, explanation: 'Right. The boundary is around the code that runs; moving the loop out changes availability, not what executed code can reach.' },
      { text: 'Because host mode turns off the network.', correct: false, explanation: 'The egress allowlist is the same in both modes.' },
    ],
  },
};
