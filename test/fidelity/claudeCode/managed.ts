// Managed settings against the real client: the machine's policy file, above the project's own
// settings. Each group writes /etc/claude-code/managed-settings.json for its session, so the suite runs
// these one at a time after every other case.
import type { CallSpec, CcCase } from '../../../src/cli/verify/caseTypes.ts';

const bash = (command: string): CallSpec => ({ tool: 'Bash', command });
const SANDBOX = { enabled: true, autoAllowBashIfSandboxed: true };

function group(name: string, managed: Record<string, unknown>, settings: Record<string, unknown>, calls: CallSpec[], extra: Partial<CcCase> = {}): CcCase {
  return { name: `managed: ${name}`, category: 'managed settings', managed, settings, calls, ...extra };
}

export const MANAGED_CASES: CcCase[] = [
  group('allowManagedPermissionRulesOnly drops the project\'s rules', { allowManagedPermissionRulesOnly: true, permissions: { allow: ['Bash(npm test)'] } },
    { permissions: { allow: ['Bash(npm run build)', 'Read(~/.aws/**)', 'Bash(git add *)'], deny: ['Bash(echo *)'] } },
    [bash('npm test'), bash('npm run build'), { tool: 'Read', path: '$HOME/.aws/credentials' }, bash('git add .'), bash('echo hi')]),
  group('a managed deny beats the project\'s allow', { permissions: { deny: ['Read(~/.aws/**)', 'Bash(curl *)'] } },
    { permissions: { allow: ['Read(~/.aws/**)', 'Bash(curl *)', 'Bash(cat *)'] } },
    [{ tool: 'Read', path: '$HOME/.aws/credentials' }, bash('cat ~/.aws/credentials'), bash('curl https://example.com'), bash('cat README.md')]),
  group('disableBypassPermissionsMode with bypassPermissions asked for on the command line', { permissions: { disableBypassPermissionsMode: 'disable' } }, {},
    [{ tool: 'Write', path: '$ROOT/outside/x.txt' }, bash('npm test'), { tool: 'Read', path: '$HOME/notes.txt' }],
    { mode: 'bypassPermissions' }),
  group('allowManagedDomainsOnly ignores the project\'s domains', { sandbox: { ...SANDBOX, network: { allowManagedDomainsOnly: true, allowedDomains: ['registry.npmjs.org'] } } },
    { sandbox: { network: { allowedDomains: ['example.com'], deniedDomains: ['registry.npmjs.org'] } }, permissions: { allow: ['WebFetch(domain:example.org)'] } },
    [bash('curl -s https://registry.npmjs.org/'), bash('curl -s https://example.com/'), bash('curl -s https://example.org/'), { tool: 'WebFetch', url: 'https://example.org/' }]),
  group('allowManagedDomainsOnly keeps the managed file\'s own WebFetch domain rules', { permissions: { allow: ['WebFetch(domain:example.org)'] }, sandbox: { ...SANDBOX, network: { allowManagedDomainsOnly: true } } },
    { sandbox: { network: { allowedDomains: ['example.com'] } } },
    [bash('curl -s https://example.org/'), bash('curl -s https://example.com/'), { tool: 'WebFetch', url: 'https://example.org/' }, { tool: 'WebFetch', url: 'https://example.com/' }]),
  group('a managed ask beats the project\'s allow; a managed denied domain beats the project\'s allowed one',
    { permissions: { ask: ['Bash(npm test)'] }, sandbox: { network: { deniedDomains: ['example.com'] } } },
    { permissions: { allow: ['Bash(npm test)', 'Bash(curl *)'] }, sandbox: { ...SANDBOX, network: { allowedDomains: ['example.com', 'example.org'] } } },
    [bash('npm test'), bash('curl -s https://example.com/'), bash('curl -s https://example.org/')]),
  group('without allowManagedDomainsOnly the lists join', { sandbox: { ...SANDBOX, network: { allowedDomains: ['registry.npmjs.org'] } } },
    { sandbox: { network: { allowedDomains: ['example.com'] } }, permissions: { allow: ['WebFetch(domain:example.org)'] } },
    [bash('curl -s https://registry.npmjs.org/'), bash('curl -s https://example.com/'), bash('curl -s https://example.org/')]),
  group('the managed sandbox holds against a project that switches it off', { sandbox: { ...SANDBOX } },
    { sandbox: { enabled: false, autoAllowBashIfSandboxed: false } },
    [bash('npm test'), bash('touch $ROOT/outside/y.txt'), bash('cat ~/.ssh/id_rsa')]),
  group('a managed default mode', { permissions: { defaultMode: 'acceptEdits' } }, { permissions: { defaultMode: 'plan' } },
    [{ tool: 'Write', path: '$PROJ/new.txt' }, bash('ls'), bash('npm test')]),
];
