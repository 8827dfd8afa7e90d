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
    name: 'a denyWrite that holds a write root makes that root read-only (0.0.83; 0.0.78 skipped it)',
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
      // Writing a file the read-deny tmpfs hides succeeds for the process and leaves the real file alone.
      { op: 'write', path: '~/.aws/credentials' }, { op: 'write', path: '~/.aws/config' },
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
    name: 'nothing can be created beneath a placeholder file (ENOTDIR); removing a placeholder is busy',
    settings: settings({}, { allowWrite: ['.'] }),
    world: { files: ['proj/a.txt'] },
    probes: [{ op: 'write', path: '.vscode/settings.json' }, { op: 'write', path: '.idea/x.xml' }, { op: 'delete', path: '.mcp.json' }],
  },
  {
    name: 'inside a denied directory only the folders holding bound-back paths exist',
    settings: settings({}, { denyRead: ['$ROOT'], allowRead: ['./src/lib'] }),
    world: { files: ['proj/src/lib/l.ts', 'proj/src/other.ts', 'proj/a.txt'] },
    probes: [
      { op: 'list', path: 'src' }, { op: 'read', path: 'src/lib/l.ts' }, { op: 'read', path: 'src/other.ts' },
      { op: 'write', path: 'new.txt' }, { op: 'write', path: 'src/lib/new.ts' }, { op: 'write', path: '../outside/x.txt' },
    ],
  },
  {
    name: 'implicit ~/.npm/_logs stays writable',
    settings: settings({}, {}),
    world: { files: [], dirs: ['home/.npm/_logs', 'home/.claude/debug'] },
    probes: [{ op: 'write', path: '~/.npm/_logs/x.log' }, { op: 'write', path: '~/.claude/debug/d.txt' }, { op: 'write', path: '~/.npm/other' }],
  },
];

// Behaviours new in (or changed by) sandbox-runtime 0.0.79-0.0.83. Written against the real srt
// before the model followed them.

/** A path entry whose characters read as a pattern and as the name of something on disk. */
const bracketWorld = {
  files: ['proj/[WIP] draft/notes.md', 'proj/W draft/w.md', 'proj/build[1]/out.js', 'proj/a1.txt', 'proj/ab.txt', 'proj/a[b1].txt',
    'proj/f!.txt', 'proj/fx.txt', 'proj/fa.txt', 'proj/q[z-a].txt', 'proj/qz.txt', 'proj/[user-id]/k.txt', 'proj/u.txt'],
};

export const BRACKET_CASES: FidelityCase[] = [
  {
    name: 'brackets: an allowWrite entry that is also the name of a folder on disk is writable as that name',
    settings: settings({}, { allowWrite: ['./[WIP] draft', './build[1]', './build[2]', './missing[x]/y'] }),
    world: bracketWorld,
    probes: [
      { op: 'write', path: '[WIP] draft/notes.md' }, { op: 'write', path: '[WIP] draft/new.md' }, { op: 'write', path: 'W draft/w.md' },
      { op: 'write', path: 'build[1]/out.js' }, { op: 'write', path: 'build1/x.js' }, { op: 'write', path: 'a1.txt' },
    ],
  },
  {
    name: 'brackets: a denyWrite entry that names a file on disk protects it inside a write root',
    settings: settings({}, { allowWrite: ['.'], denyWrite: ['./[WIP] draft/notes.md', './a[b1].txt', './build[9]'] }),
    world: bracketWorld,
    probes: [
      { op: 'write', path: '[WIP] draft/notes.md' }, { op: 'write', path: '[WIP] draft/other.md' }, { op: 'write', path: 'a[b1].txt' },
      { op: 'write', path: 'ab.txt' }, { op: 'write', path: 'a1.txt' }, { op: 'write', path: 'build[9]' },
    ],
  },
  {
    name: 'brackets: a denyRead entry hides both the folder it names and what its pattern matches',
    settings: settings({}, { denyRead: ['./[WIP] draft', './a[b1].txt'] }),
    world: bracketWorld,
    probes: [
      { op: 'read', path: '[WIP] draft/notes.md' }, { op: 'list', path: '[WIP] draft' }, { op: 'read', path: 'W draft/w.md' },
      { op: 'read', path: 'a[b1].txt' }, { op: 'read', path: 'ab.txt' }, { op: 'read', path: 'a1.txt' }, { op: 'read', path: 'u.txt' },
    ],
  },
  {
    name: 'brackets: a set is never negated, and brackets that spell no set are text',
    settings: settings({}, { denyRead: ['./f[!x].txt', './*[z-a].txt', './[user-id]'] }),
    world: bracketWorld,
    probes: [
      { op: 'read', path: 'f!.txt' }, { op: 'read', path: 'fx.txt' }, { op: 'read', path: 'fa.txt' },
      { op: 'read', path: 'q[z-a].txt' }, { op: 'read', path: 'qz.txt' }, { op: 'read', path: '[user-id]/k.txt' }, { op: 'read', path: 'u.txt' },
    ],
  },
  {
    name: 'brackets: an entry marked { path, literal: true } is the name only, never a pattern',
    settings: settings({}, { allowWrite: ['.'], literal: { denyRead: ['./a[b1].txt'], denyWrite: ['./f[!x].txt'], allowWrite: ['$ROOT/outside/[o]'] } }),
    world: { files: [...bracketWorld.files, 'outside/[o]/x.txt', 'outside/o/y.txt', 'proj/f[!x].txt'] },
    probes: [
      { op: 'read', path: 'a[b1].txt' }, { op: 'read', path: 'ab.txt' }, { op: 'read', path: 'a1.txt' },
      { op: 'write', path: 'f[!x].txt' }, { op: 'write', path: 'fx.txt' }, { op: 'write', path: '../outside/[o]/x.txt' }, { op: 'write', path: '../outside/o/y.txt' },
    ],
  },
];

export const NESTED_REPO_CASES: FidelityCase[] = [
  {
    name: 'nested repos: hooks are protected in a repository found by its HEAD, also before any hook exists',
    settings: settings({}, { allowWrite: ['.'] }),
    world: {
      files: ['proj/sub/.git/HEAD', 'proj/sub/.git/config', 'proj/vend/.git/HEAD', 'proj/vend/.git/hooks/pre-commit', 'proj/sub/src.txt',
        'proj/a/b/.git/HEAD', 'proj/a/b/.git/config', 'proj/node_modules/m/.git/HEAD'],
    },
    probes: [
      { op: 'write', path: 'sub/.git/hooks/pre-commit' }, { op: 'write', path: 'sub/.git/hooks' }, { op: 'write', path: 'sub/.git/config' },
      { op: 'write', path: 'sub/src.txt' }, { op: 'write', path: 'vend/.git/hooks/pre-commit' }, { op: 'write', path: 'vend/.git/hooks/post-merge' },
      { op: 'write', path: 'a/b/.git/config' }, { op: 'write', path: 'a/b/.git/hooks/x' }, { op: 'write', path: 'node_modules/m/.git/hooks/x' },
      { op: 'write', path: 'sub/.git/HEAD' },
    ],
  },
  {
    name: 'nested repos: allowGitConfig opens nested config, never nested hooks',
    settings: settings({}, { allowWrite: ['.'], allowGitConfig: true }),
    world: { files: ['proj/sub/.git/HEAD', 'proj/sub/.git/config', 'proj/sub/.git/hooks/pre-push'] },
    probes: [{ op: 'write', path: 'sub/.git/config' }, { op: 'write', path: 'sub/.git/hooks/pre-push' }, { op: 'write', path: 'sub/.git/hooks/new' }],
  },
  {
    name: 'nested agent and editor folders one level down are protected',
    settings: settings({}, { allowWrite: ['.'] }),
    world: { files: ['proj/sub/.claude/commands/c.md', 'proj/sub/.claude/agents/a.md', 'proj/a/b/.claude/commands/d.md', 'proj/sub/.idea/w.xml', 'proj/a/b/.vscode/s.json'] },
    probes: [
      { op: 'write', path: 'sub/.claude/commands/c.md' }, { op: 'write', path: 'sub/.claude/agents/new.md' }, { op: 'write', path: 'a/b/.claude/commands/d.md' },
      { op: 'write', path: 'sub/.idea/w.xml' }, { op: 'write', path: 'a/b/.vscode/s.json' }, { op: 'write', path: 'sub/.claude/settings.json' },
    ],
  },
  {
    name: 'a worktree: the cwd .git is a file, and that file is protected',
    settings: settings({}, { allowWrite: ['.'] }),
    world: { files: ['proj/.git', 'proj/a.txt'] },
    probes: [{ op: 'write', path: '.git' }, { op: 'read', path: '.git' }, { op: 'write', path: '.git/hooks/x' }, { op: 'delete', path: '.git' }, { op: 'write', path: 'a.txt' }],
  },
];

export const SYMLINK_CASES: FidelityCase[] = [
  {
    name: 'symlinks: an allowWrite entry that is a symlink (or goes through one) is not writable',
    settings: settings({}, { allowWrite: ['./out-link', './in-link', '~/abs-link', './out-link/deep'] }),
    world: {
      files: ['outside/dir/o.txt', 'outside/dir/deep/d.txt', 'proj/real/r.txt', 'outside/abs/a.txt'],
      links: { 'proj/out-link': '../outside/dir', 'proj/in-link': 'real', 'home/abs-link': '$ROOT/outside/abs' },
    },
    probes: [
      { op: 'write', path: 'out-link/o.txt' }, { op: 'write', path: '../outside/dir/new.txt' }, { op: 'write', path: 'in-link/r.txt' },
      { op: 'write', path: 'real/r.txt' }, { op: 'write', path: '~/abs-link/a.txt' }, { op: 'write', path: '../outside/dir/deep/d.txt' },
      { op: 'read', path: 'out-link/o.txt' },
    ],
  },
  {
    name: 'symlinks: writes follow links out of a write root and into one',
    settings: settings({}, { allowWrite: ['.'] }),
    world: {
      files: ['outside/o.txt', 'outside/dir/x.txt', 'proj/a.txt'],
      links: { 'proj/to-out': '../outside/o.txt', 'proj/to-dir': '../outside/dir', 'outside/into': '../proj/a.txt' },
    },
    probes: [
      { op: 'write', path: 'to-out' }, { op: 'write', path: 'to-dir/new.txt' }, { op: 'write', path: '../outside/into' },
      { op: 'delete', path: 'to-out' }, { op: 'read', path: 'to-dir/x.txt' },
    ],
  },
  {
    name: 'symlinks: a denyWrite entry that is a symlink protects its target, under every name',
    settings: settings({}, { allowWrite: ['.'], denyWrite: ['./cfg-link', './dir-link'] }),
    world: {
      files: ['proj/config.json', 'proj/real-dir/x.txt', 'proj/other.txt'],
      links: { 'proj/cfg-link': 'config.json', 'proj/dir-link': 'real-dir', 'proj/alias': 'config.json' },
    },
    probes: [
      { op: 'write', path: 'config.json' }, { op: 'write', path: 'cfg-link' }, { op: 'write', path: 'alias' }, { op: 'write', path: 'real-dir/x.txt' },
      { op: 'write', path: 'real-dir/new.txt' }, { op: 'write', path: 'other.txt' }, { op: 'read', path: 'config.json' },
    ],
  },
  {
    name: 'symlinks: mandatory paths that are symlinks are protected at their target',
    settings: settings({}, { allowWrite: ['.', '$ROOT/outside'] }),
    world: {
      files: ['proj/dotfiles/bashrc', 'outside/claude/commands/c.md', 'outside/mcp.json', 'proj/a.txt'],
      links: { 'proj/.bashrc': 'dotfiles/bashrc', 'proj/.claude': '../outside/claude', 'proj/.mcp.json': '../outside/mcp.json' },
    },
    probes: [
      { op: 'write', path: 'dotfiles/bashrc' }, { op: 'write', path: '.bashrc' }, { op: 'write', path: '../outside/claude/commands/c.md' },
      { op: 'write', path: '.claude/commands/new.md' }, { op: 'write', path: '../outside/mcp.json' }, { op: 'write', path: '../outside/claude/settings.json' },
      { op: 'write', path: 'a.txt' },
    ],
  },
  {
    name: 'symlinks: a denyRead entry that is a symlink hides its target, under every name',
    settings: settings({}, { denyRead: ['~/secret-link', '~/cfg-link'] }),
    world: {
      files: ['outside/secret.txt', 'outside/cfg/c.txt', 'outside/free.txt'],
      links: { 'home/secret-link': '../outside/secret.txt', 'home/cfg-link': '../outside/cfg', 'proj/also': '../outside/cfg' },
    },
    probes: [
      { op: 'read', path: '~/secret-link' }, { op: 'read', path: '../outside/secret.txt' }, { op: 'read', path: '../outside/cfg/c.txt' },
      { op: 'read', path: '~/cfg-link/c.txt' }, { op: 'read', path: 'also/c.txt' }, { op: 'read', path: '../outside/free.txt' },
    ],
  },
  {
    name: 'symlinks: reads follow a link into a denied folder; an allowRead symlink re-opens nothing',
    settings: settings({}, { denyRead: ['~/.aws', '~/vault'], allowRead: ['~/vault/pub-link'] }),
    world: {
      files: ['home/.aws/credentials', 'home/vault/secret/s.txt', 'home/vault/pub/p.txt'],
      links: { 'proj/aws': '../home/.aws', 'home/vault/pub-link': 'secret' },
    },
    probes: [
      { op: 'read', path: 'aws/credentials' }, { op: 'read', path: '~/vault/pub-link/s.txt' }, { op: 'read', path: '~/vault/secret/s.txt' },
      { op: 'read', path: '~/vault/pub/p.txt' },
    ],
  },
];

export const DISABLED_CASES: FidelityCase[] = [
  {
    name: 'filesystem.disabled drops every filesystem rule, mandatory ones too; the network stays filtered',
    settings: { network: { allowedDomains: ['example.com'], deniedDomains: [] }, filesystem: { disabled: true, denyRead: ['~/.aws'], allowWrite: [], denyWrite: ['./a.txt'] } },
    world: projWorld,
    probes: [
      { op: 'read', path: '~/.aws/credentials' }, { op: 'write', path: 'new.txt' }, { op: 'write', path: 'a.txt' }, { op: 'write', path: '.bashrc' },
      { op: 'write', path: '.git/hooks/pre-commit' }, { op: 'write', path: '../outside/new.txt' }, { op: 'write', path: '~/new.txt' },
      { op: 'delete', path: 'other.txt' }, { op: 'http', host: 'example.com' }, { op: 'http', host: 'evil.com' },
    ],
  },
  {
    name: 'filesystem.disabled: false is the default',
    settings: { network: { allowedDomains: [], deniedDomains: [] }, filesystem: { disabled: false, denyRead: ['~/.aws'], allowWrite: ['.'], denyWrite: [] } },
    world: projWorld,
    probes: [{ op: 'read', path: '~/.aws/credentials' }, { op: 'write', path: 'new.txt' }, { op: 'write', path: '.bashrc' }],
  },
];
