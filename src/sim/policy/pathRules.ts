// Read(...) and Edit(...) specifiers: gitignore-style patterns with four anchors
// (https://code.claude.com/docs/en/permissions, "Read and Edit"): `//path` from the filesystem root,
// `~/path` from the home directory, `/path` from the project root (where the settings live), and
// `./path` or a bare `path` from the current directory. As in gitignore, a pattern with no slash
// matches that name at any depth below its anchor, and a pattern naming a directory covers its contents.
import { compileGlob } from './glob.ts';
import { normalize } from './paths.ts';

export interface PathRuleContext {
  cwd: string;
  home: string;
  projectRoot: string;
}

export function compilePathPattern(spec: string, ctx: PathRuleContext): RegExp | null {
  let base: string;
  let rest: string;
  if (spec.startsWith('//')) {
    base = '/';
    rest = spec.slice(2);
  } else if (spec === '~' || spec.startsWith('~/')) {
    base = ctx.home;
    rest = spec.slice(2);
  } else if (spec.startsWith('/')) {
    base = ctx.projectRoot;
    rest = spec.slice(1);
  } else if (spec.startsWith('./')) {
    base = ctx.cwd;
    rest = spec.slice(2);
  } else {
    base = ctx.cwd;
    rest = spec;
  }
  const trimmed = rest.replace(/\/+$/, '');
  const anyDepth = trimmed !== '' && !trimmed.includes('/') && !spec.startsWith('./') && !spec.startsWith('/') && !spec.startsWith('~');
  const prefix = base === '/' ? '' : normalize(base);
  const glob = trimmed === '' ? `${prefix}/**` : anyDepth ? `${prefix}/**/${trimmed}` : `${prefix}/${trimmed}`;
  return compileGlob(glob, true);
}
