// Random (settings, action) pairs for the property run, drawn with fast-check from vocabularies that
// hit the interesting corners: nesting of denyRead/allowRead/allowWrite/denyWrite, globs, `~`,
// relative paths, mandatory paths, wildcard and port-scoped domains, host spellings; and since 0.0.83
// symlinks (in settings entries and on the way of an access), names with brackets, entries marked
// literal, nested repositories and filesystem.disabled.
import fc from 'fast-check';
import type { FidelityCase, Probe, World } from './harness.ts';

export const PROPERTY_WORLD: World = {
  files: ['proj/a.txt', 'proj/src/m.ts', 'proj/src/deep/n.ts', 'proj/.env', 'proj/.git/config', 'proj/.git/HEAD',
    'proj/.git/hooks/pre-commit', 'proj/docs/r.md', 'proj/sub/.bashrc', 'home/.aws/credentials', 'home/.ssh/id_rsa',
    'home/.ssh/known_hosts', 'home/notes.txt', 'home/pub/p.txt', 'home/pub/inner/q.txt', 'outside/o.txt',
    // 0.0.79+: names with brackets, nested repositories (one without hooks yet), symlink targets.
    'proj/[WIP] d/w.md', 'proj/W d/x.md', 'proj/a[b].txt', 'proj/ab.txt', 'proj/sub/.git/HEAD', 'proj/sub/.git/config',
    'proj/vend/.git/HEAD', 'proj/vend/.git/hooks/pre-commit', 'proj/sub/.claude/commands/c.md', 'proj/dotfiles/rc', 'outside/t/t.txt'],
  dirs: ['home/.npm/_logs'],
  links: { 'proj/out-link': '../outside/t', 'proj/.zshrc': 'dotfiles/rc', 'home/aws-link': '.aws', 'proj/a-alias': 'a.txt', 'home/pub-link': 'pub/inner' },
};

const SETTING_PATHS = ['.', './src', 'src/deep', '~', '~/.aws', '~/.ssh/id_rsa', '~/pub', '~/pub/inner', '$ROOT/outside', '.env',
  './docs/**', '~/.ssh/*', './**/*.ts', '$ROOT', '.git', 'missing-dir', 'sub', './src/*.ts', '~/.npm',
  './out-link', '~/aws-link', './[WIP] d', './a[b].txt', './a-alias', '~/pub-link', 'sub/.git', '$ROOT/outside/t', './[WIP] d/w.md', './dotfiles'];
const LITERAL_PATHS = ['./a[b].txt', './[WIP] d', './[WIP] d/w.md', './W d'];
const DOMAINS = ['example.com', '*.example.com', 'api.example.com', 'example.com:8080', 'example.org', '*.example.org',
  '127.0.0.1', 'localhost', 'a.example.com:443'];
const HOSTS = ['example.com', 'a.example.com', 'api.example.com', 'EXAMPLE.org.', 'b.a.example.org', '127.1', 'evil.com', 'localhost'];
const FILE_TARGETS = ['a.txt', 'src/m.ts', 'src/deep/n.ts', '.env', '.git/config', '.git/HEAD', '.git/hooks/pre-commit',
  'docs/r.md', 'sub/.bashrc', '~/.aws/credentials', '~/.ssh/id_rsa', '~/.ssh/known_hosts', '~/notes.txt', '~/pub/p.txt',
  '~/pub/inner/q.txt', '../outside/o.txt', '.bashrc', '.mcp.json',
  '[WIP] d/w.md', 'W d/x.md', 'a[b].txt', 'ab.txt', 'sub/.git/config', 'sub/.git/hooks/pre-commit', 'vend/.git/hooks/pre-commit',
  'sub/.claude/commands/c.md', 'out-link/t.txt', '../outside/t/t.txt', '.zshrc', 'dotfiles/rc', 'a-alias', '~/aws-link/credentials', '~/pub-link/q.txt'];
const NEW_FILE_DIRS = ['.', 'src', 'src/deep', 'docs', '~', '~/.aws', '~/pub', '~/pub/inner', '../outside', '.git/hooks', '.vscode', '~/.npm/_logs',
  'sub/.git/hooks', 'out-link', '[WIP] d', 'sub/.claude/agents'];
const LIST_TARGETS = ['~/.aws', '~/pub', '~/.ssh', 'src', 'docs', '../outside', '[WIP] d', '~/aws-link', 'out-link'];

const subset = (items: string[], max: number) => fc.uniqueArray(fc.constantFrom(...items), { maxLength: max });

const probeArb: fc.Arbitrary<Probe> = fc.oneof(
  fc.record({ op: fc.constant('read' as const), path: fc.constantFrom(...FILE_TARGETS) }),
  fc.record({ op: fc.constant('list' as const), path: fc.constantFrom(...LIST_TARGETS) }),
  fc.record({ op: fc.constant('write' as const), path: fc.constantFrom(...FILE_TARGETS) }),
  fc.record({ op: fc.constant('write' as const), path: fc.constantFrom(...NEW_FILE_DIRS).map((d) => `${d}/new-file.txt`) }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...FILE_TARGETS) }),
  fc.record({ op: fc.constantFrom('http' as const, 'https' as const), host: fc.constantFrom(...HOSTS), port: fc.constantFrom(80, 443, 8080) }),
);

const caseArb = fc.record({
  allowedDomains: subset(DOMAINS, 3),
  deniedDomains: subset(DOMAINS, 2),
  denyRead: subset(SETTING_PATHS, 3),
  allowRead: subset(SETTING_PATHS, 2),
  allowWrite: subset(SETTING_PATHS, 3),
  denyWrite: subset(SETTING_PATHS, 2),
  literalDenyRead: subset(LITERAL_PATHS, 1),
  literalDenyWrite: subset(LITERAL_PATHS, 1),
  // One world in ten has the filesystem rules switched off.
  disabled: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  probes: fc.array(probeArb, { minLength: 6, maxLength: 8 }),
});

const ORDER: Record<Probe['op'], number> = { read: 0, list: 0, http: 0, https: 0, write: 1, delete: 2 };

/** Probes that would disturb each other inside one run (same path written or deleted twice) are dropped; deletes go last. */
function independent(probes: Probe[]): Probe[] {
  const seen = new Set<string>();
  return probes.filter((p) => {
    const key = 'path' in p ? (p.op === 'delete' || p.op === 'write' ? `mut:${p.path}` : `${p.op}:${p.path}`) : `${p.op}:${p.host}:${p.port}`;
    if (seen.has(key) || ('path' in p && p.op !== 'delete' && p.op !== 'write' && seen.has(`mut:${p.path}`))) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => ORDER[a.op] - ORDER[b.op]);
}

export function generatedCases(seed: number, count: number): FidelityCase[] {
  return fc.sample(caseArb, { seed, numRuns: count }).map((g, i) => ({
    name: `generated #${i} (seed ${seed})`,
    settings: {
      network: { allowedDomains: g.allowedDomains, deniedDomains: g.deniedDomains },
      filesystem: {
        denyRead: g.denyRead, allowRead: g.allowRead, allowWrite: g.allowWrite, denyWrite: g.denyWrite,
        literal: { denyRead: g.literalDenyRead, denyWrite: g.literalDenyWrite },
        ...(g.disabled ? { disabled: true } : {}),
      },
    },
    world: PROPERTY_WORLD,
    probes: independent(g.probes),
  }));
}
