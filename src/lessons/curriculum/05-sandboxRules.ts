import { goal, noExfiltration, taskCompletes } from '../goals.ts';
import { code, link, show, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

/** The allowlist Claude Code ships in our model (src/sim/profile/presets.ts). */
const SHIPPED_DOMAINS = ['registry.npmjs.org', 'github.com', '*.github.com'];

export const sandboxRules: Lesson = {
  id: 'sandbox-rules',
  title: 'Sandbox rules: files and network',
  blurb: 'Reads, writes and domains: how the sandbox decides, and how one allowlist entry undoes it.',
  teaches: ['sandbox-fs-rules', 'sandbox-network-rules', 'escape-hatch'],
  uses: ['hitl-sandbox', 'approval-fatigue'],
  text: [
    [strong('Files.'), ' Inside the sandbox, reads are allowed unless a path is in ', code('denyRead'), ' (an ', code('allowRead'), ' entry can reopen part of a denied folder, and a narrower ', code('denyRead'), ' inside it closes it again). Writes are denied unless a path is in ', code('allowWrite'), ', and ', code('denyWrite'), ' beats ', code('allowWrite'), '. Some files under the project are always write-protected, such as ', code('.git/hooks/'), ', ', code('.bashrc'), ' and ', code('.claude/commands/'), ', because writing them would run code later, outside the sandbox. On Linux a denied folder simply looks empty.'],
    [strong('Network.'), ' Sandboxed processes can only connect through a proxy outside the sandbox. It checks ', code('deniedDomains'), ' first, then ', code('allowedDomains'), ', and refuses anything else. ', code('*.example.com'), ' matches every subdomain but not ', code('example.com'), ' itself. Nonsense patterns such as ', code('*.com'), ' are rejected when the settings load.'],
    [strong('Escape hatches.'), ' Commands listed in ', code('excludedCommands'), ' run outside the sandbox with ordinary permissions. And when a command fails inside the sandbox, the agent may ask to retry it with the sandbox off (', code('dangerouslyDisableSandbox'), '); that retry goes through approval, and ', code('allowUnsandboxedCommands: false'), ' removes the option. The post names this as the design\'s weak point: a privileged process outside the sandbox decides, command by command, whether to enforce it, so a persuasive injection or a tired click can get something run unsandboxed.'],
    [strong('A hole.'), ' Last week a teammate followed an onboarding document and added the company\'s "metrics service", ', code('collect.metrics-beacon.io'), ', to the allowlist. Nobody checked who runs that domain. Close the hole, and put the credentials folder out of reach as a second line of defense, without breaking the user\'s setup steps. Sources: ', link('sandboxing docs', SOURCES.sandboxing.url), ', ', link('sandbox-runtime', SOURCES.srt.url), '.'],
  ],
  sources: [SOURCES.sandboxing, SOURCES.settings, SOURCES.srt],
  product: 'claude-code',
  scenarios: ['phished-prompt'],
  start: {
    preset: 'shipped',
    changes: [{ path: 'claude-code.sandbox.network.allowedDomains', value: [...SHIPPED_DOMAINS, 'collect.metrics-beacon.io'] }],
  },
  run: { seed: 5, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.sandbox.filesystem.denyRead', label: 'Sandbox: paths that cannot be read' },
    { path: 'claude-code.sandbox.network.allowedDomains', label: 'Sandbox: allowed domains' },
    { path: 'claude-code.permissions.deny', label: 'Permission rules: deny' },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', label: 'Escape hatch (retry unsandboxed)' },
  ],
  goal: goal('The credentials stay home, and the setup steps still work.', noExfiltration('The AWS credentials are not exfiltrated'), taskCompletes()),
  hints: [
    ['Which request in ', show("Claude Code's network log", 'claude-code', 'network'), ' carried the credentials, and why did the proxy let it through?'],
    ['Every allowlist entry is a door. Does this one need to be open for the user\'s task?'],
    ['Remove ', code('collect.metrics-beacon.io'), ' from the allowlist, and add ', code('~/.aws'), ' to ', code('denyRead'), ' so the file is out of reach even if another door opens.'],
    ['The sandbox covers Bash and its children only. The agent\'s own Read and WebFetch tools go through permission rules, so the worst-case attacker reads the file with Read and puts it in a WebFetch URL. A deny rule ', code('Read(~/.aws/**)'), ' closes that way too.'],
    ['One door is left: the escape hatch. Outside the sandbox, ', code('curl --data-binary @$HOME/.aws/credentials'), ' opens the file itself, so the Read rule does not see it and the retry is only a prompt for a tired human. Set ', code('allowUnsandboxedCommands'), ' to false.'],
  ],
  solution: [
    { path: 'claude-code.sandbox.network.allowedDomains', value: SHIPPED_DOMAINS },
    { path: 'claude-code.sandbox.filesystem.denyRead', value: ['~/.aws'] },
    { path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false },
  ],
  traps: [
    {
      changes: [
        { path: 'claude-code.sandbox.network.allowedDomains', value: SHIPPED_DOMAINS },
        { path: 'claude-code.sandbox.filesystem.denyRead', value: ['~/.aws'] },
        { path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] },
      ],
      why: 'every rule holds inside the sandbox, but the escape hatch runs curl outside it, where the file is only behind a prompt',
    },
    { changes: [{ path: 'claude-code.sandbox.network.allowedDomains', value: SHIPPED_DOMAINS }, { path: 'claude-code.sandbox.filesystem.denyRead', value: ['~/.aws'] }], why: 'the sandbox\'s rules cover Bash only: the Read tool still opens the file and WebFetch carries it out' },
    { changes: [{ path: 'claude-code.sandbox.filesystem.denyRead', value: ['~/.aws/config'] }], why: 'denying the AWS config file leaves the credentials file next to it readable, and the door to the beacon open' },
  ],
  quiz: {
    question: 'You allowlist *.github.com. Can a sandboxed command reach github.com?',
    answers: [
      { text: 'Yes, the wildcard covers the domain and all its subdomains.', correct: false, explanation: 'In sandbox-runtime a leading *. matches subdomains at any depth, but not the bare domain. List github.com separately if you need it.' },
      { text: 'No, *.github.com matches subdomains only; github.com needs its own entry.', correct: true, explanation: 'Right. That is why the default list here has both github.com and *.github.com.' },
      { text: 'Only over HTTPS.', correct: false, explanation: 'The domain check is the same for HTTP and HTTPS. Only the error differs: a blocked HTTP request gets a 403, a blocked HTTPS CONNECT fails.' },
    ],
  },
};
