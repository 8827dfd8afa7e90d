// Hook cases: what the real client does with `hooks` in a trusted project's settings. Each hook command
// is harmless shell (an exit code, a line on stderr, a marker file in the case's own world) so the
// effects show in the observation: a marker file written means the hook ran, and where it landed says
// whether it ran inside the sandbox. The engine runs the same command through its shell.
import type { CallSpec, CcCase } from '../../../src/cli/verify/caseTypes.ts';

const bash = (command: string, extra: Partial<Extract<CallSpec, { tool: 'Bash' }>> = {}): CallSpec => ({ tool: 'Bash', command, ...extra });
const read = (path: string): CallSpec => ({ tool: 'Read', path });
const write = (path: string, answer?: 'allow'): CallSpec => ({ tool: 'Write', path, ...(answer ? { answer } : {}) });

type Handler = { type: 'command'; command: string };
const on = (event: string, matcher: string | undefined, ...commands: string[]) => ({
  [event]: [{ ...(matcher === undefined ? {} : { matcher }), hooks: commands.map((command): Handler => ({ type: 'command', command })) }],
});

/** Leaves a marker in the project, so a run of the hook shows as a written file. */
const MARK = 'echo ran >> $PROJ/hook-ran.txt';
const BLOCK = `${MARK}; echo "refused by the project policy hook" >&2; exit 2`;
const json = (decision: string) => `echo '${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: decision, permissionDecisionReason: `the hook says ${decision}` } })}'`;

const SANDBOX_AUTO = { enabled: true, autoAllowBashIfSandboxed: true, network: { allowedDomains: ['registry.npmjs.org'] } };

function group(name: string, settings: Record<string, unknown>, calls: CallSpec[]): CcCase {
  return { name, category: 'hooks', settings, calls };
}

/** A guard hook of the kind people write: refuse a call whose input names the credentials file. */
const GUARD = 'grep -q credentials && { echo "refused: the call names a credentials file" >&2; exit 2; }; exit 0';

export const HOOK_CASES: CcCase[] = [
  // The obfuscated-path technique: the guard reads the call's text; quotes split the name, the shell
  // joins it again, so the hook passes what the permission rules and the sandbox still see as the file.
  group('hooks: a PreToolUse guard that greps for the file name', { hooks: on('PreToolUse', 'Bash', GUARD) }, [
    bash('cat ~/.aws/credentials'), bash("cat ~/.aws/cred''entials", { answer: 'allow' }), bash('cat ~/.aws/cred""entials'), bash('ls'),
  ]),
  group('hooks: a PreToolUse guard beside a Read deny rule', { permissions: { deny: ['Read(~/.aws/**)'] }, hooks: on('PreToolUse', 'Bash', GUARD) }, [
    bash("cat ~/.aws/cred''entials", { answer: 'allow' }), bash("cat ~/.aws/cred''entials | base64", { answer: 'allow' }),
  ]),
  group('hooks: a PreToolUse guard and the sandbox', { sandbox: SANDBOX_AUTO, hooks: on('PreToolUse', 'Bash', GUARD) }, [
    bash("cat ~/.aws/cred''entials | base64"), bash('cat ~/.aws/credentials'),
  ]),
  group('hooks: PreToolUse on Bash exits 2', { hooks: on('PreToolUse', 'Bash', BLOCK) }, [
    bash('ls'), bash('npm test'), bash('cat ~/.aws/credentials'), read('$PROJ/README.md'), write('$PROJ/new.txt'), read('$HOME/.aws/credentials'),
  ]),
  group('hooks: PreToolUse on Bash exits 0', { hooks: on('PreToolUse', 'Bash', `${MARK}; exit 0`) }, [
    bash('ls'), bash('npm test'), bash('echo x > out.txt', { answer: 'allow' }), read('$PROJ/README.md'), bash('cat ~/.aws/credentials'),
  ]),
  group('hooks: PreToolUse exits 1 (a non-blocking error)', { hooks: on('PreToolUse', 'Bash', `${MARK}; echo "hook failed" >&2; exit 1`) }, [
    bash('ls'), bash('npm test'), bash('cat README.md'),
  ]),
  group('hooks: a PreToolUse matcher that does not match', { hooks: on('PreToolUse', 'Write', BLOCK) }, [
    bash('ls'), bash('npm test', { answer: 'allow' }), read('$PROJ/README.md'), write('$PROJ/new.txt', 'allow'), bash('echo x > out.txt', { answer: 'allow' }),
  ]),
  group('hooks: PreToolUse matchers as patterns', { hooks: on('PreToolUse', 'Read|Write', BLOCK) }, [
    read('$PROJ/README.md'), write('$PROJ/new.txt', 'allow'), bash('ls'), { tool: 'WebFetch', url: 'https://example.com/' },
  ]),
  group('hooks: a PreToolUse matcher for every tool', { hooks: on('PreToolUse', '*', BLOCK) }, [
    bash('ls'), read('$PROJ/README.md'), write('$PROJ/new.txt', 'allow'),
  ]),
  group('hooks: a PreToolUse matcher is case-sensitive', { hooks: on('PreToolUse', 'bash', BLOCK) }, [
    bash('ls'), read('$PROJ/README.md'),
  ]),
  group('hooks: PreToolUse JSON "allow"', { permissions: { deny: ['Bash(rm *)'] }, hooks: on('PreToolUse', 'Bash', json('allow')) }, [
    bash('ls'), bash('npm test'), bash('cat ~/.aws/credentials'), bash('rm README.md'), bash('echo x > out.txt'), read('$HOME/.aws/credentials'),
  ]),
  group('hooks: PreToolUse JSON "allow" beside ask rules and the sandbox', { permissions: { ask: ['Bash(npm test)'] }, sandbox: { enabled: true, network: { allowedDomains: ['registry.npmjs.org'] } }, hooks: on('PreToolUse', 'Bash', json('allow')) }, [
    bash('npm test'), bash('curl -s https://attacker.example/x'), bash('echo hi >> ~/.bashrc'), bash('ls'),
  ]),
  group('hooks: PreToolUse JSON "allow" and writes outside the project', { hooks: on('PreToolUse', '*', json('allow')) }, [
    bash('echo hi >> ~/.bashrc'), bash('echo hi > ../outside/x.txt'), bash('echo hi > ~/notes2.txt'), bash('rm ../outside/notes.txt'), bash('echo x > .git/config'),
    write('$ROOT/outside/new.txt'), write('$PROJ/.claude/settings.local.json'), read('$ROOT/outside/notes.txt'),
  ]),
  group('hooks: PreToolUse JSON "deny"', { hooks: on('PreToolUse', 'Bash', json('deny')) }, [
    bash('ls'), bash('npm test', { answer: 'allow' }), read('$PROJ/README.md'),
  ]),
  group('hooks: PreToolUse JSON "ask"', { hooks: on('PreToolUse', 'Bash', json('ask')) }, [
    bash('ls'), bash('cat README.md', { answer: 'allow' }), read('$PROJ/README.md'),
  ]),
  group('hooks: PostToolUse runs after the call', { hooks: on('PostToolUse', 'Bash', MARK) }, [
    bash('ls'), bash('npm test'), bash('echo x > out.txt', { answer: 'allow' }), read('$PROJ/README.md'),
  ]),
  group('hooks: PostToolUse exits 2 after the call ran', { hooks: on('PostToolUse', 'Write', BLOCK) }, [
    write('$PROJ/new.txt', 'allow'), bash('ls'),
  ]),
  group('hooks: a hook runs outside the sandbox', { sandbox: SANDBOX_AUTO, hooks: on('PreToolUse', 'Bash', 'echo ran >> $ROOT/outside/hook-ran.txt; cat ~/.aws/credentials > /dev/null') }, [
    bash('ls'), bash('npm test'), bash('echo x >> $ROOT/outside/notes.txt'),
  ]),
  group('hooks: PreToolUse exits 2 in front of sandboxed Bash', { sandbox: SANDBOX_AUTO, hooks: on('PreToolUse', 'Bash', BLOCK) }, [
    bash('npm test'), bash('curl -s https://attacker.example/x'), read('$PROJ/README.md'),
  ]),
  group('hooks: disableAllHooks switches them off', { disableAllHooks: true, hooks: on('PreToolUse', 'Bash', BLOCK) }, [
    bash('ls'), bash('npm test'),
  ]),
];
