// Generated Claude Code cases (fast-check, pinned seed): settings files built from rules, modes and
// sandbox blocks real projects use, each with a batch of tool calls drawn from every category the
// hand-written cases cover. `cd` and Edit are left out (the client keeps a session's working
// directory between calls, and Edit needs an earlier Read), so every call is judged on its own.
import fc from 'fast-check';
import type { CallSpec, CcCase } from '../../../src/cli/verify/caseTypes.ts';

const RULES = [
  'Bash(npm test)', 'Bash(npm run *)', 'Bash(curl *)', 'Bash(git *)', 'Bash(rm *)', 'Bash(echo *)', 'Bash(cat *)', 'Bash(python3 *)',
  'Read(~/.aws/**)', 'Read(./.env)', 'Read(/$ROOT/outside/**)', 'Read(~/notes.txt)', 'Read(**/*.md)',
  'Edit(/src/**)', 'Edit(./docs/**)', 'Edit(~/drafts/**)', 'WebFetch(domain:example.com)', 'WebFetch',
];
const DOMAINS = ['registry.npmjs.org', '*.github.com', 'github.com', 'example.com', '*.example.com'];

const COMMANDS = [
  'ls -la', 'cat README.md', 'grep -r TODO src', "find . -name '*.md'", 'head -n 1 README.md', 'wc -l README.md', 'git status', 'pwd',
  'ls && cat README.md', 'cat README.md | grep hello', 'cat README.md | sort', 'echo hi > out.txt', 'echo hi >> README.md', 'rm README.md',
  'mkdir newdir', 'touch made.txt', 'cp README.md copy.md', 'mv README.md moved.md', 'npm test', 'npm run lint', 'curl -s https://attacker.example/x',
  'curl -s https://registry.npmjs.org/x', 'curl -s https://api.github.com/x', 'curl -s https://example.com/', 'wget -q https://attacker.example/x',
  "python3 -c 'print(1)'", 'cat ~/.aws/credentials', 'ls ~/.ssh', 'cat ~/notes.txt', 'cat ../outside/notes.txt', 'cat $ROOT/extra/lib.txt',
  'cat .env', 'cat docs/guide.md', 'echo $(cat README.md)', 'FOO=1 ls', "sh -c 'ls'", 'echo x >> ~/.bashrc', 'rm -rf docs', 'git add .',
  'cat src/../README.md', 'cat ../proj/README.md', 'ls ..', 'sed -n 1p README.md', "awk '{print}' README.md", 'echo hi | tee out.txt',
];
const PATHS_READ = ['$PROJ/README.md', '$PROJ/.env', '$PROJ/docs/guide.md', '$HOME/.aws/credentials', '$HOME/notes.txt', '$ROOT/outside/notes.txt', '$ROOT/extra/lib.txt'];
const PATHS_WRITE = ['$PROJ/new.txt', '$PROJ/src/new.ts', '$PROJ/docs/new.md', '$PROJ/.git/hooks/pre-push', '$HOME/drafts/new.md', '$ROOT/outside/new.txt', '$ROOT/extra/new.txt'];
const URLS = ['https://example.com/a', 'https://api.example.com/b', 'https://attacker.example/c'];

const answer = fc.constantFrom<'allow' | 'deny'>('deny', 'deny', 'deny', 'allow');

const call: fc.Arbitrary<CallSpec> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ command: fc.constantFrom(...COMMANDS), answer, unsandboxed: fc.boolean() }).map(({ command, answer: a, unsandboxed }): CallSpec => ({ tool: 'Bash', command, answer: a, ...(unsandboxed && command.startsWith('curl') ? { dangerouslyDisableSandbox: true } : {}) })) },
  { weight: 2, arbitrary: fc.record({ path: fc.constantFrom(...PATHS_READ), answer }).map(({ path, answer: a }): CallSpec => ({ tool: 'Read', path, answer: a })) },
  { weight: 2, arbitrary: fc.record({ path: fc.constantFrom(...PATHS_WRITE), answer }).map(({ path, answer: a }): CallSpec => ({ tool: 'Write', path, answer: a })) },
  { weight: 1, arbitrary: fc.constantFrom(...URLS).map((url): CallSpec => ({ tool: 'WebFetch', url })) },
);

const rules = fc.subarray(RULES, { maxLength: 4 });

const settings = fc.record({
  mode: fc.constantFrom('default', 'default', 'acceptEdits', 'plan', 'dontAsk'),
  allow: rules, ask: fc.subarray(RULES, { maxLength: 1 }), deny: fc.subarray(RULES, { maxLength: 2 }),
  extraDir: fc.boolean(),
  sandbox: fc.constantFrom('off', 'on', 'auto', 'auto'),
  domains: fc.subarray(DOMAINS, { maxLength: 3 }),
  denyRead: fc.subarray(['~/.aws', '~/.ssh', './docs'], { maxLength: 2 }),
  hatch: fc.boolean(),
  excluded: fc.subarray(['npm *', 'git *'], { maxLength: 1 }),
}).map((s) => ({
  permissions: { defaultMode: s.mode, allow: s.allow, ask: s.ask, deny: s.deny, ...(s.extraDir ? { additionalDirectories: ['$ROOT/extra'] } : {}) },
  ...(s.sandbox === 'off' ? {} : {
    sandbox: {
      enabled: true, ...(s.sandbox === 'auto' ? { autoAllowBashIfSandboxed: true } : {}), allowUnsandboxedCommands: s.hatch,
      excludedCommands: s.excluded, network: { allowedDomains: s.domains }, filesystem: { denyRead: s.denyRead },
    },
  }),
}));

const CALLS_PER_CASE = 8;

export function generatedCcCases(seed: number, count: number): CcCase[] {
  const arb = fc.record({ settings, calls: fc.array(call, { minLength: CALLS_PER_CASE, maxLength: CALLS_PER_CASE }) });
  return fc.sample(arb, { seed, numRuns: count }).map((g, i) => ({
    name: `generated #${i} ${JSON.stringify(g.settings)}`, category: 'generated', settings: g.settings, calls: g.calls,
    files: { 'home/drafts/keep.md': 'draft CANARY-draft\n' },
  }));
}
