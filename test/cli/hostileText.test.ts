// Content reaches a terminal only as text: a settings file, a profile or a scenario holding ESC, BEL,
// CR and bidi overrides is echoed with those characters escaped, on stdout, stderr and in the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from './mainHarness.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import { escapeControl, escapeControlLine } from '../../src/sim/core/controlChars.ts';
import { transcriptText } from '../../src/app/views/transcript.ts';
import { runScenario } from '../../src/sim/run/runScenario.ts';
import { compileScenario } from '../../src/sim/authoring/compile.ts';

const HOSTILE = '\u001b[2J\u001b[H\u001b]0;pwned\u0007\u001b[32mAll 14 incidents contained\u001b[0m\r\u202eevil\u202c\u2066x\u2069\u009b';
// Anything a terminal would act on: C0 controls other than tab and newline, DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const { dir, file } = tempFiles('cl-hostile-');


const inputs = {
  'a permission rule': file('rule.json', { permissions: { allow: [HOSTILE] } }),
  'an unknown key': file('key.json', { [HOSTILE]: true, permissions: { allow: [] } }),
  'a profile name': file('profile.json', { ...preset('claude-code', 'shipped'), name: HOSTILE }),
  'a denyRead path': file('srt.json', { network: { allowedDomains: [], deniedDomains: [] }, filesystem: { denyRead: [`/x${HOSTILE}`], allowWrite: [], denyWrite: [] } }),
};

describe('control characters from content are escaped', () => {
  it('escapes to visible text that JSON still decodes to the original', () => {
    expect(escapeControl('a\u001b[2Jb\u0007\r\n\t\u202e')).toBe('a\\x1b[2Jb\\x07\\x0d\n\t\\u202e');
    expect(escapeControlLine('a\nb')).toBe('a\\x0ab');
    expect(JSON.parse(escapeControl(JSON.stringify({ s: HOSTILE })))).toEqual({ s: HOSTILE });
  });

  it.each(Object.entries(inputs))('check and explain echo %s without raw control bytes (stdout, stderr, --report)', async (_what, path) => {
    const report = join(dir, `${_what.replace(/\W/g, '-')}.md`);
    const runs = [
      await cli('check', path, '--incident', 'phished-prompt', '--report', report),
      await cli('check', path, '--incident', 'phished-prompt', '--json'),
      await cli('explain', path, '--cwd', '/home/dev/p', '--action', 'read:/home/dev/p/a'),
      await cli('explain', path, '--cwd', '/home/dev/p', '--action', 'bash:ls', '--json'),
    ];
    for (const r of runs) {
      expect(r.stdout + r.stderr).not.toMatch(RAW);
      expect(r.stdout + r.stderr).not.toBe('');
    }
    const written = runs.map((r) => r.stdout + r.stderr).join('');
    // What is shown is the escaped form of the hostile text wherever it appears at all.
    if (written.includes('pwned')) expect(written).toMatch(/\\x1b\[2J|\\u001b\[2J/);
    try {
      expect(readFileSync(report, 'utf8')).not.toMatch(RAW);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  });

  it('a scenario\'s commands and their output reach replay and the xterm transcript escaped', async () => {
    const spec = {
      id: 'esc', title: 'Escapes',
      script: { prompt: `hi ${HOSTILE}`, steps: [{ kind: 'task', call: { tool: 'Bash', command: `printf '\\033[2J\\a\\r'; echo '${HOSTILE}'` } }] },
      harms: [{ id: 'h', kind: 'command-executed', pattern: 'zzz' }],
    };
    const scenarioFile = file('esc.scenario.json', spec);
    for (const json of [false, true]) {
      const r = await cli('replay', '--scenario', scenarioFile, ...(json ? ['--json'] : []));
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(RAW);
      expect(r.stdout).toContain(json ? 'pwned' : '\\x1b]0;pwned\\x07');
    }
    const compiled = compileScenario(spec);
    if (!compiled.ok) throw new Error('scenario did not compile');
    const result = await runScenario({ scenario: compiled.scenario, profile: preset('claude-code', 'shipped') as NonNullable<ReturnType<typeof preset>>, seed: 1, answerer: 'fatigued' });
    const text = transcriptText(result.log, Infinity);
    expect(text).toContain('\\x1b[2J');
    // Only the transcript's own colour codes remain: ESC followed by [<digits>m and nothing else.
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n')).not.toMatch(RAW);
  });
});
