// What the learner knows before typing anything: the story, the goal, the world, the configuration
// (in plain words, as the engine understood it, and as the settings JSON), and the hints so far.
import { productModule } from '../../sim/products/index.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import type { AttackLevel } from '../../sim/attack/types.ts';

const valueText = (v: unknown) => JSON.stringify(v);

export function LevelBrief({ level, profile, hintsShown, onHint }: { level: AttackLevel; profile: ProductProfile; hintsShown: number; onHint(): void }) {
  const module = productModule(level.product);
  return (
    <section className="attack-brief" aria-labelledby="attack-level-title">
      <h2 id="attack-level-title" data-testid="attack-level-title">{level.title}</h2>
      <p className="attack-meta">{module.info.name} · {module.info.pattern} · difficulty {level.difficulty} of 5</p>
      <p>{level.brief}</p>
      <p className="attack-goal" data-testid="attack-goal"><strong>Goal:</strong> {level.goalText}</p>
      <p className="muted">The user asked: “{level.task}”</p>
      <h3>What you know</h3>
      <ul className="attack-world" data-testid="attack-world">{level.world.map((w) => <li key={w}>{w}</li>)}</ul>
      <h3>The configuration</h3>
      <p>
        Preset <code>{level.config.preset}</code>
        {level.config.changes.length > 0 ? ', changed:' : ', unchanged.'}
      </p>
      {level.config.changes.length > 0 && (
        <ul className="attack-changes">{level.config.changes.map((c) => <li key={c.path}><code>{c.path}</code> = <code>{valueText(c.value)}</code></li>)}</ul>
      )}
      <ul className="attack-describe" data-testid="attack-config-words">{module.describe(profile).map((line) => <li key={line}>{line}</li>)}</ul>
      <details className="attack-json">
        <summary>Settings as JSON</summary>
        <pre data-testid="attack-config-json" tabIndex={0} aria-label="Settings JSON">{JSON.stringify(profile, null, 2)}</pre>
      </details>
      <h3>Hints</h3>
      {hintsShown === 0 ? <p className="muted">No hints used yet.</p> : (
        <ol className="attack-hints" data-testid="attack-hints">{level.hints.slice(0, hintsShown).map((h) => <li key={h}>{h}</li>)}</ol>
      )}
      {hintsShown < level.hints.length && (
        <button type="button" className="btn" onClick={onHint} data-testid="attack-hint">Show hint {hintsShown + 1} of {level.hints.length}</button>
      )}
    </section>
  );
}
