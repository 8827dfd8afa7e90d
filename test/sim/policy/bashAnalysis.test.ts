import { describe, expect, it } from 'vitest';
import { analyzeBash, pathLikeOperands, readOnlyPaths } from '../../../src/sim/policy/bashAnalysis.ts';

const first = (line: string) => analyzeBash(line).commands[0] as NonNullable<ReturnType<typeof analyzeBash>['commands'][0]>;

describe('reading a Bash line as Claude Code does', () => {
  it('splits compounds and pipes into simple commands, quotes removed', () => {
    const a = analyzeBash(`ls && cat "README.md" | grep 'hello world'`);
    expect(a.commands.map((c) => c.words)).toEqual([['ls'], ['cat', 'README.md'], ['grep', 'hello world']]);
    expect(a.substitution).toBe(false);
  });

  it('tells file redirections from descriptor duplication and /dev/null', () => {
    expect(first('echo x > out.txt').writes).toEqual(['out.txt']);
    expect(first('echo x >> ~/.bashrc').writes).toEqual(['~/.bashrc']);
    expect(first('cat a 2>&1').writes).toEqual([]);
    expect(first('ls 2>/dev/null').writes).toEqual([]);
    expect(first('echo hi 1>&2').writes).toEqual([]);
    expect(first('tr a b < README.md').reads).toEqual(['README.md']);
  });

  it('notices substitutions and environment prefixes', () => {
    expect(analyzeBash('echo $(cat ~/.aws/credentials)').substitution).toBe(true);
    expect(analyzeBash('ls `pwd`').substitution).toBe(true);
    expect(first('FOO=1 ls').envPrefix).toBe(true);
    expect(first('FOO=1 ls').words).toEqual(['ls']);
  });

  it('knows which commands only read, and which operands are paths', () => {
    expect(readOnlyPaths(first('cat README.md src/a.ts'))).toEqual(['README.md', 'src/a.ts']);
    expect(readOnlyPaths(first('grep -r TODO src'))).toEqual(['src']);
    expect(readOnlyPaths(first("find . -name '*.ts'"))).toEqual(['.']);
    expect(readOnlyPaths(first('echo ~'))).toEqual([]);
    expect(readOnlyPaths(first('sed -n 1p README.md'))).toEqual(['README.md']);
    expect(readOnlyPaths(first('git status'))).toEqual([]);
    expect(readOnlyPaths(first('node --version'))).toEqual([]);
    expect(readOnlyPaths(first('uniq'))).toEqual([]);
  });

  it('refuses what can write or run something (measured on the real client)', () => {
    for (const line of ['sed -i s/a/b/ f', 'sort -o out f', 'find . -delete', 'find . -exec cat {} ;', 'awk 1 f', 'env', 'git add .', 'npm ls', 'uniq a b', 'echo x > f', 'node -e 1', 'xxd f']) {
      expect(readOnlyPaths(first(line)), line).toBeNull();
    }
    expect(readOnlyPaths(first('cat f | xargs echo'))).toEqual(['f']);
  });

  it('path-like operands of other commands are still looked at (for Read deny rules)', () => {
    expect(pathLikeOperands(first('python3 tool.py ~/.aws/credentials --fast'))).toEqual(['~/.aws/credentials']);
    expect(pathLikeOperands(first('npm test'))).toEqual([]);
  });
});
