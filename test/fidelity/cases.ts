// Hand-written differential cases: each world is one srt start, each probe one compared action.
// Worlds live in a temp dir: `home/` is $HOME, `proj/` is the working directory.
import type { FidelityCase } from './harness.ts';
import type { SandboxSettings } from '../../src/sim/policy/sandbox.ts';

function settings(net: Partial<SandboxSettings['network']>, fs: Partial<SandboxSettings['filesystem']>): SandboxSettings {
  return {
    network: { allowedDomains: [], deniedDomains: [], ...net },
    filesystem: { denyRead: [], allowWrite: [], denyWrite: [], ...fs },
  };
}

const noFiles = { files: [] };

export const NETWORK_CASES: FidelityCase[] = [
  {
    name: 'exact domain, case-insensitive, trailing dot canonicalized',
    settings: settings({ allowedDomains: ['example.com'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: 'example.com' }, { op: 'http', host: 'EXAMPLE.com' }, { op: 'http', host: 'example.com.' },
      { op: 'http', host: 'sub.example.com' }, { op: 'http', host: 'evil.com' }, { op: 'https', host: 'evil.com' },
      { op: 'http', host: 'example.com.evil.com' },
    ],
  },
  {
    name: 'wildcard matches any subdomain depth, never the apex',
    settings: settings({ allowedDomains: ['*.example.com'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: 'a.example.com' }, { op: 'http', host: 'a.b.example.com' }, { op: 'http', host: 'example.com' },
      { op: 'https', host: 'x.example.com' }, { op: 'https', host: 'example.com' }, { op: 'http', host: 'notexample.com' },
      { op: 'http', host: 'A.EXAMPLE.COM' },
    ],
  },
  {
    name: 'denied domains are checked before allowed ones',
    settings: settings({ allowedDomains: ['*.example.com', 'example.org'], deniedDomains: ['bad.example.com', '*.example.org'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: 'bad.example.com' }, { op: 'http', host: 'BAD.example.com' }, { op: 'http', host: 'good.example.com' },
      { op: 'http', host: 'x.bad.example.com' }, { op: 'http', host: 'example.org' }, { op: 'http', host: 'www.example.org' },
    ],
  },
  {
    name: 'a :port suffix restricts the entry to that port',
    settings: settings({ allowedDomains: ['example.com:8080', '*.example.net:443'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: 'example.com', port: 8080 }, { op: 'http', host: 'example.com' }, { op: 'https', host: 'example.com' },
      { op: 'https', host: 'a.example.net' }, { op: 'http', host: 'a.example.net' },
    ],
  },
  {
    name: 'IPv4 shorthands are canonicalized before matching',
    settings: settings({ allowedDomains: ['127.0.0.1'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: '127.0.0.1', port: 9 }, { op: 'http', host: '127.1', port: 9 }, { op: 'http', host: '2130706433', port: 9 },
      { op: 'http', host: '0x7f.0.0.1', port: 9 }, { op: 'http', host: '127.0.0.2', port: 9 },
    ],
  },
  {
    name: 'a deny entry catches shorthand spellings too',
    settings: settings({ allowedDomains: ['example.com'], deniedDomains: ['169.254.169.254'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: '169.254.169.254' }, { op: 'http', host: '2852039166' }, { op: 'http', host: 'example.com' },
    ],
  },
  {
    name: 'empty allow list blocks everything',
    settings: settings({}, {}),
    world: noFiles,
    probes: [{ op: 'http', host: 'example.com' }, { op: 'https', host: 'github.com' }, { op: 'http', host: 'localhost', port: 9 }],
  },
  {
    name: 'bare * in deniedDomains and per-port denies',
    settings: settings({ allowedDomains: ['example.com', 'example.org'], deniedDomains: ['example.org:8080'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: 'example.org', port: 8080 }, { op: 'http', host: 'example.org' }, { op: 'http', host: 'example.com', port: 8080 },
    ],
  },
  {
    name: 'deny-all star beats every allow',
    settings: settings({ allowedDomains: ['example.com'], deniedDomains: ['*'] }, {}),
    world: noFiles,
    probes: [{ op: 'http', host: 'example.com' }, { op: 'https', host: 'example.com' }],
  },
  {
    name: 'bracketed IPv6 literals and localhost',
    settings: settings({ allowedDomains: ['[::1]', 'localhost'] }, {}),
    world: noFiles,
    probes: [
      { op: 'http', host: '[::1]', port: 9 }, { op: 'http', host: '[0:0:0:0:0:0:0:1]', port: 9 }, { op: 'http', host: '[::2]', port: 9 },
      { op: 'http', host: 'localhost', port: 9 }, { op: 'http', host: 'LOCALHOST', port: 9 },
    ],
  },
];

const projWorld = {
  files: ['proj/a.txt', 'proj/sub/s.txt', 'proj/config.json', 'proj/keep.txt', 'proj/other.txt', 'outside/o.txt',
    'home/.aws/credentials', 'home/.aws/config', 'home/.ssh/id_rsa', 'home/.ssh/id_ed25519', 'home/.ssh/known_hosts',
    'proj/.git/HEAD', 'proj/.git/config', 'proj/.git/hooks/pre-commit', 'home/notes.txt'],
};

export const FILESYSTEM_CASES: FidelityCase[] = [
  {
    name: 'writes are denied by default, reads allowed',
    settings: settings({}, {}),
    world: projWorld,
    probes: [
      { op: 'write', path: 'new.txt' }, { op: 'write', path: 'a.txt' }, { op: 'read', path: 'a.txt' },
      { op: 'read', path: '~/.aws/credentials' }, { op: 'write', path: '~/new.txt' }, { op: 'delete', path: 'other.txt' },
    ],
  },
  {
    name: 'allowWrite "." opens the working directory except mandatory paths',
    settings: settings({}, { allowWrite: ['.'] }),
    world: projWorld,
    probes: [
      { op: 'write', path: 'new.txt' }, { op: 'write', path: 'sub/new.txt' }, { op: 'write', path: '../outside/new.txt' },
      { op: 'write', path: '.bashrc' }, { op: 'write', path: '.mcp.json' }, { op: 'write', path: '.gitmodules' },
      { op: 'write', path: '.zshrc' }, { op: 'write', path: '.git/config' }, { op: 'write', path: '.git/hooks/pre-commit' },
      { op: 'write', path: '.git/hooks/post-checkout' }, { op: 'write', path: '.git/HEAD' }, { op: 'read', path: '.git/config' },
      { op: 'delete', path: 'other.txt' }, { op: 'delete', path: '../outside/o.txt' }, { op: 'read', path: '.bashrc' },
    ],
  },
  {
    name: 'mandatory folders: placeholder when missing',
    settings: settings({}, { allowWrite: ['.'] }),
    world: { files: ['proj/a.txt'] },
    probes: [
      { op: 'write', path: '.claude/settings.json' }, { op: 'write', path: '.claude/commands/x.md' },
      { op: 'write', path: '.vscode' }, { op: 'write', path: '.idea' },
    ],
  },
  {
    name: 'mandatory folders when .claude exists',
    settings: settings({}, { allowWrite: ['.'] }),
    world: { files: ['proj/.claude/settings.json', 'proj/.vscode/settings.json'], dirs: ['proj/.claude/agents'] },
    probes: [
      { op: 'write', path: '.claude/settings.json' }, { op: 'write', path: '.claude/settings.local.json' },
      { op: 'write', path: '.claude/agents/a.md' }, { op: 'write', path: '.vscode/settings.json' },
      { op: 'write', path: '.vscode/tasks.json' }, { op: 'read', path: '.vscode/settings.json' },
    ],
  },
  {
    name: 'nested mandatory paths found by the depth-3 scan',
    settings: settings({}, { allowWrite: ['.'] }),
    world: {
      files: ['proj/sub/.bashrc', 'proj/sub/.vscode/settings.json', 'proj/a/b/.zshrc', 'proj/a/b/c/.zshrc',
        'proj/sub2/.BashRC', 'proj/node_modules/pkg/.bashrc', 'proj/sub/plain.txt'],
    },
    probes: [
      { op: 'write', path: 'sub/.bashrc' }, { op: 'write', path: 'sub/.vscode/new.json' }, { op: 'write', path: 'a/b/.zshrc' },
      { op: 'write', path: 'a/b/c/.zshrc' }, { op: 'write', path: 'sub2/.BashRC' }, { op: 'write', path: 'node_modules/pkg/.bashrc' },
      { op: 'write', path: 'sub/plain.txt' }, { op: 'write', path: 'sub/.profile' },
    ],
  },
  {
    name: 'allowGitConfig keeps hooks protected',
    settings: settings({}, { allowWrite: ['.'], allowGitConfig: true }),
    world: projWorld,
    probes: [{ op: 'write', path: '.git/config' }, { op: 'write', path: '.git/hooks/pre-commit' }],
  },
  {
    name: 'denyWrite beats allowWrite, for files and folders, with ~ and relative paths',
    settings: settings({}, { allowWrite: ['.', '~/.cache'], denyWrite: ['./sub', 'config.json', '~/.cache/locked', 'keep.txt'] }),
    world: { files: [...projWorld.files, 'home/.cache/c.txt', 'home/.cache/locked/l.txt'] },
    probes: [
      { op: 'write', path: 'sub/s.txt' }, { op: 'write', path: 'sub/new.txt' }, { op: 'write', path: 'config.json' },
      { op: 'write', path: '~/.cache/new.txt' }, { op: 'write', path: '~/.cache/locked/l.txt' }, { op: 'read', path: 'config.json' },
      { op: 'delete', path: 'keep.txt' }, { op: 'delete', path: 'other.txt' }, { op: 'delete', path: 'sub/s.txt' },
    ],
  },
  {
    name: 'a denyWrite above every write root is skipped (the path is read-only already)',
    settings: settings({}, { allowWrite: ['./sub/inner'], denyWrite: ['./sub'] }),
    world: { files: ['proj/sub/inner/i.txt'] },
    probes: [{ op: 'write', path: 'sub/inner/i.txt' }, { op: 'write', path: 'sub/inner/new.txt' }, { op: 'write', path: 'sub/x.txt' }],
  },
  {
    name: 'a denyWrite inside one write root makes a nested write root read-only',
    settings: settings({}, { allowWrite: ['.', './sub/inner'], denyWrite: ['./sub'] }),
    world: { files: ['proj/sub/inner/i.txt'] },
    probes: [{ op: 'write', path: 'sub/inner/i.txt' }, { op: 'write', path: 'sub/inner/new.txt' }, { op: 'write', path: 'new.txt' }],
  },
  {
    name: 'missing denyWrite target cannot be created',
    settings: settings({}, { allowWrite: ['.'], denyWrite: ['./generated/out.js', './secret.env'] }),
    world: { files: ['proj/a.txt'] },
    probes: [
      { op: 'write', path: 'secret.env' }, { op: 'write', path: 'generated/out.js' }, { op: 'write', path: 'a.txt' },
    ],
  },
  {
    name: 'denyRead of a directory hides it (missing), of a file masks it (permission denied)',
    settings: settings({}, { denyRead: ['~/.aws', '~/.ssh/id_rsa'], allowWrite: ['.'] }),
    world: projWorld,
    probes: [
      { op: 'read', path: '~/.aws/credentials' }, { op: 'list', path: '~/.aws' }, { op: 'read', path: '~/.ssh/id_rsa' },
      { op: 'read', path: '~/.ssh/known_hosts' }, { op: 'write', path: '~/.aws/new.txt' }, { op: 'write', path: '~/.ssh/id_rsa' },
      { op: 'read', path: '~/notes.txt' },
    ],
  },
  {
    name: 'a missing denyRead target has no effect',
    settings: settings({}, { denyRead: ['~/.aws/missing', './nothing-here'] }),
    world: projWorld,
    probes: [{ op: 'read', path: '~/.aws/credentials' }, { op: 'read', path: 'a.txt' }],
  },
  {
    name: 'allowRead re-opens inside denyRead; a deeper denyRead wins again',
    settings: settings({}, { denyRead: ['~', '~/pub/private'], allowRead: ['~/pub'] }),
    world: { files: ['home/pub/a.txt', 'home/pub/private/k.txt', 'home/secret.txt', 'home/pub/private/deeper/d.txt'] },
    probes: [
      { op: 'read', path: '~/pub/a.txt' }, { op: 'read', path: '~/pub/private/k.txt' }, { op: 'read', path: '~/secret.txt' },
      { op: 'list', path: '~/pub/private' }, { op: 'read', path: '~/pub/private/deeper/d.txt' }, { op: 'list', path: '~/pub' },
    ],
  },
  {
    name: 'allowRead of a denied file lifts the mask',
    settings: settings({}, { denyRead: ['~/.ssh/id_rsa', '~/.ssh/id_ed25519'], allowRead: ['~/.ssh/id_rsa'] }),
    world: projWorld,
    probes: [{ op: 'read', path: '~/.ssh/id_rsa' }, { op: 'read', path: '~/.ssh/id_ed25519' }],
  },
  {
    name: 'write roots inside a denied directory are bound back (readable and writable)',
    settings: settings({}, { denyRead: ['$ROOT'], allowWrite: ['.'] }),
    world: projWorld,
    probes: [
      { op: 'read', path: 'a.txt' }, { op: 'write', path: 'new.txt' }, { op: 'read', path: '../outside/o.txt' },
      { op: 'write', path: '../outside/new.txt' }, { op: 'read', path: '~/notes.txt' },
    ],
  },
  {
    name: 'read globs: * stays in a segment, ** crosses, trailing /** means the folder',
    settings: settings({}, { denyRead: ['~/.ssh/id_*', './**/*.pem', '~/.gnupg/**'] }),
    world: { files: ['home/.ssh/id_rsa', 'home/.ssh/id_ed25519', 'home/.ssh/known_hosts', 'proj/a.pem', 'proj/sub/b.pem', 'proj/c.txt', 'home/.gnupg/key'] },
    probes: [
      { op: 'read', path: '~/.ssh/id_rsa' }, { op: 'read', path: '~/.ssh/id_ed25519' }, { op: 'read', path: '~/.ssh/known_hosts' },
      { op: 'read', path: 'a.pem' }, { op: 'read', path: 'sub/b.pem' }, { op: 'read', path: 'c.txt' }, { op: 'read', path: '~/.gnupg/key' },
    ],
  },
  {
    name: 'write globs are ignored on Linux',
    settings: settings({}, { allowWrite: ['./build/*', '.'], denyWrite: ['./*.lock'] }),
    world: { files: ['proj/build/x.js', 'proj/yarn.lock'] },
    probes: [{ op: 'write', path: 'yarn.lock' }, { op: 'write', path: 'build/x.js' }],
  },
  {
    name: 'write globs only, nothing writable',
    settings: settings({}, { allowWrite: ['./build/*'] }),
    world: { files: ['proj/build/x.js'] },
    probes: [{ op: 'write', path: 'build/x.js' }, { op: 'write', path: 'build/y.js' }],
  },
  {
    name: 'bare relative and trailing-slash paths resolve against cwd',
    settings: settings({}, { allowWrite: ['out/', 'logs/**'], denyRead: ['data'] }),
    world: { files: ['proj/out/o.txt', 'proj/data/d.txt', 'proj/a.txt', 'proj/logs/l.txt'] },
    probes: [
      { op: 'write', path: 'out/new.txt' }, { op: 'write', path: 'a.txt' }, { op: 'read', path: 'data/d.txt' },
      { op: 'write', path: 'logs/new.txt' }, { op: 'read', path: 'a.txt' },
    ],
  },
  {
    name: 'missing allowWrite root is skipped',
    settings: settings({}, { allowWrite: ['./not-yet', '~/.npm/_logs'] }),
    world: { files: ['proj/a.txt'], dirs: ['home/.npm/_logs'] },
    probes: [{ op: 'write', path: '~/.npm/_logs/x.log' }, { op: 'write', path: 'a.txt' }],
  },
  {
    name: 'implicit ~/.npm/_logs stays writable',
    settings: settings({}, {}),
    world: { files: [], dirs: ['home/.npm/_logs', 'home/.claude/debug'] },
    probes: [{ op: 'write', path: '~/.npm/_logs/x.log' }, { op: 'write', path: '~/.claude/debug/d.txt' }, { op: 'write', path: '~/.npm/other' }],
  },
];
