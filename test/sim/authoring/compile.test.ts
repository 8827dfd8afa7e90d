import { describe, expect, it } from 'vitest';
import { compileScenario, compileScenarioText, describeProblem } from '../../../src/sim/authoring/compile.ts';
import { EXAMPLES, pasteSiteLeak, poisonedDocsPage } from '../../../src/sim/authoring/examples.ts';
import { scenarioJsonSchema } from '../../../src/sim/authoring/schema.ts';
import { canaryForFile } from '../../../src/sim/authoring/world.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { applyFix } from '../../../src/sim/scenarios/fix.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';
import { setupFor } from '../../../src/sim/products/index.ts';

// Tests poke deliberately wrong values into the document, so it is untyped on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function compiled(spec: unknown): Scenario {
  const result = compileScenario(spec);
  if (!result.ok) throw new Error(result.errors.map(describeProblem).join('\n'));
  return result.scenario;
}

const run = (scenario: Scenario, profile: ProductProfile) =>
  runScenario({ scenario, profile, seed: 7, answerer: 'fatigued', worstCase: true });

const errorsOf = (spec: unknown) => {
  const r = compileScenario(spec);
  return r.ok ? [] : r.errors.map(describeProblem);
};

describe('authored scenarios compile and run', () => {
  it('every template compiles without errors or warnings', () => {
    for (const ex of EXAMPLES) {
      const r = compileScenario(clone(ex.spec));
      expect(r.ok ? r.warnings : r.errors, ex.name).toEqual([]);
    }
  });

  it('the leak happens without the sandbox, not with it, and the fix restores containment', async () => {
    const scenario = compiled(clone(pasteSiteLeak));
    const weak = preset('claude-code', 'unattended') as ProductProfile;
    const harmed = await run(scenario, weak);
    expect(harmed.outcome.harms.find((h) => h.id === 'deploy-key-leaked')).toMatchObject({ happened: true });
    expect(harmed.outcome.harms.find((h) => h.id === 'paste-site-contacted')?.evidence.join()).toContain('paste.evil.example');

    const strong = await run(scenario, preset('claude-code', 'shipped') as ProductProfile);
    expect(strong.outcome.harms.every((h) => !h.happened)).toBe(true);
    expect(strong.outcome.decidedBy).toBe('os-sandbox');

    const fixed = await run(scenario, applyFix(weak, setupFor(scenario, 'claude-code').fix));
    expect(fixed.outcome.harms.some((h) => h.happened)).toBe(false);
  });

  it('plants a deterministic canary from scenario id and path, and detects it leaving', async () => {
    const scenario = compiled(clone(pasteSiteLeak));
    const world = scenario.world();
    const secret = world.secrets.find((s) => s.id === 'deploy-key');
    expect(secret?.canary).toBe(canaryForFile('contributing-leak', '/home/dev/projects/webapp/config/deploy.env'));
    expect(world.host.files.find((f) => f.path.endsWith('config/deploy.env'))?.content).toContain(secret?.canary);
    const other = compiled({ ...clone(pasteSiteLeak), id: 'another-id' }).world().secrets.find((s) => s.id === 'deploy-key');
    expect(other?.canary).not.toBe(secret?.canary);
  });

  it('a file-written harm follows the run: the bashrc line lands only without the sandbox', async () => {
    const scenario = compiled(clone(poisonedDocsPage));
    const weak = await run(scenario, preset('claude-code', 'unattended') as ProductProfile);
    expect(weak.outcome.harms[0]).toMatchObject({ id: 'bashrc-planted', happened: true, evidence: ['wrote /home/dev/.bashrc'] });
    const strong = await run(scenario, preset('claude-code', 'shipped') as ProductProfile);
    expect(strong.outcome.harms[0]?.happened).toBe(false);
  });

  it('command and host predicates read what ran, by origin', async () => {
    const spec = clone(pasteSiteLeak) as Record<string, unknown>;
    spec.harms = [
      { id: 'curl-by-injection', kind: 'command-executed', pattern: '^curl .*paste', origin: 'injection' },
      { id: 'curl-by-task', kind: 'command-executed', pattern: '^curl', origin: 'task' },
      { id: 'ls-ran', kind: 'command-executed', pattern: '^ls$' },
    ];
    const out = await run(compiled(spec), preset('claude-code', 'unattended') as ProductProfile);
    expect(Object.fromEntries(out.outcome.harms.map((h) => [h.id, h.happened]))).toEqual({ 'curl-by-injection': true, 'curl-by-task': false, 'ls-ran': true });
  });

  it('runs the same way twice (same seed, same log)', async () => {
    const scenario = compiled(clone(pasteSiteLeak));
    const profile = preset('claude-code', 'v1-approvals') as ProductProfile;
    const a = await runScenario({ scenario, profile, seed: 3, answerer: 'fatigued' });
    const b = await runScenario({ scenario, profile, seed: 3, answerer: 'fatigued' });
    expect(a.log).toEqual(b.log);
  });
});

describe('errors name the JSON path', () => {
  it('unknown secret, host, preset and control', () => {
    const spec = clone(pasteSiteLeak) as Doc;
    spec.harms[0].secret = 'x';
    spec.harms[1].host = 'nowhere.example';
    spec.products['claude-code'].original = 'nope';
    spec.products.cowork = { fix: { changes: [{ path: 'sandbox.enabled', value: true }] } };
    const errors = errorsOf(spec);
    expect(errors).toContain('harms[0].secret: unknown secret "x"; known: aws-credentials, ssh-key, anthropic-api-key, budget-figures, deploy-key');
    expect(errors.some((e) => e.startsWith('harms[1].host: unknown host "nowhere.example"; known: registry.npmjs.org'))).toBe(true);
    expect(errors.some((e) => e.startsWith('products.claude-code.original: unknown preset "nope" for claude-code; known: shipped, v1-approvals'))).toBe(true);
    expect(errors.some((e) => e.startsWith('products.cowork.fix.changes[0].path: "sandbox.enabled" is not a control of cowork'))).toBe(true);
  });

  it('a fix value of the wrong type', () => {
    const spec = clone(pasteSiteLeak) as Doc;
    spec.products['claude-code'].fix.changes[0].value = 'yes';
    expect(errorsOf(spec).join('\n')).toMatch(/^products\.claude-code\.fix\.changes\[0\]\.value: sandbox\.enabled cannot be "yes"/);
  });

  it('shape errors from the schema: missing fields, bad tool, unknown keys, bad regex, duplicates', () => {
    const spec = clone(pasteSiteLeak) as Doc;
    delete spec.title;
    spec.script.steps[0].call = { tool: 'Bash' };
    spec.world.files[0].secrett = true;
    spec.harms.push({ id: 'deploy-key-leaked', kind: 'command-executed', pattern: '(' });
    const errors = errorsOf(spec);
    expect(errors.some((e) => e.startsWith('title:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('script.steps[0].call.command:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('world.files[0]:') && e.includes('secrett'))).toBe(true);
    // Cross-checks run once the shape is right.
    delete spec.world.files[0].secrett;
    spec.title = 'ok';
    spec.script.steps[0].call.command = 'ls';
    const second = errorsOf(spec);
    expect(second).toContain('harms[2].id: duplicate harm id "deploy-key-leaked"');
    expect(second.some((e) => e.startsWith('harms[2].pattern: not a valid regular expression'))).toBe(true);
  });

  it('refuses regular expressions with nested quantifiers (a link must not hang the engine)', () => {
    const spec = clone(pasteSiteLeak) as Doc;
    spec.harms = [{ id: 'slow', kind: 'command-executed', pattern: '^(a+)+$' }, { id: 'fine', kind: 'command-executed', pattern: '^(curl|wget) .+' }];
    expect(errorsOf(spec)).toEqual(['harms[0].pattern: a repeated group that itself repeats (like (a+)+) can take forever to match; simplify it']);
  });

  it('bad JSON text and non-objects are reported at the root', () => {
    expect(errorsOf(42)[0]).toMatch(/^\(root\): /);
    const r = compileScenarioText('{"id": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('(root)');
  });

  it('warns when an injection marker appears nowhere', () => {
    const spec = clone(pasteSiteLeak) as Doc;
    spec.script.steps[1].trigger = { seen: 'NEVER WRITTEN ANYWHERE' };
    const r = compileScenario(spec);
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['script.steps[1].trigger.seen']);
  });
});

describe('JSON Schema for the editor', () => {
  it('is generated from the zod schema and lists the harm kinds', () => {
    const schema = scenarioJsonSchema();
    const text = JSON.stringify(schema);
    for (const kind of ['secret-exfiltrated', 'file-written', 'file-deleted', 'command-executed', 'host-contacted']) expect(text).toContain(kind);
    expect((schema.required as string[]).sort()).toEqual(['harms', 'id', 'script', 'title']);
  });
});
