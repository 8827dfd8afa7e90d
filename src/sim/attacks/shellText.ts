// Small helpers the techniques share to write their shell text.
import type { AttackContext } from './types.ts';

/** Single-quote a word for bash. */
export function sq(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** A path as bash should see it: `~/x` stays unquoted so the shell expands it. */
export function shPath(path: string): string {
  return path.startsWith('~/') ? `~/${sq(path.slice(2))}` : sq(path);
}

/** The absolute path, for programs that do not expand `~` themselves. */
export function absPath(path: string, ctx: AttackContext): string {
  if (path.startsWith('~/')) return `${ctx.home}/${path.slice(2)}`;
  return path.startsWith('/') ? path : `${ctx.cwd}/${path}`;
}

/** The URL a technique posts to on the collector; the path names the technique in the collector's log. */
export function collectorUrl(collector: string, technique: string): string {
  return `https://${collector}/c/${technique}`;
}

/** The canary of the secret stored at `path` in the incident's world, as a reader of the file would see it. */
export function secretText(path: string, ctx: AttackContext): string | null {
  const abs = absPath(path, ctx);
  const file = ctx.world.host.files.find((f) => f.path === abs || (f.path.endsWith(path.replace(/^\.\//, '')) && !path.startsWith('~/') && !path.startsWith('/')));
  const secret = file?.secretId ? ctx.world.secrets.find((s) => s.id === file.secretId) : undefined;
  return secret?.canary ?? null;
}

/** The world's code host (a host of kind code-host), if it has one. */
export function codeHost(ctx: AttackContext): string | null {
  return ctx.world.network.find((h) => h.kind === 'code-host' && !h.name.startsWith('gist.'))?.name ?? null;
}
