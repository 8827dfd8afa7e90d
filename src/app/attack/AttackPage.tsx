// Attack mode (`#view=attack`): the learner is the agent after the injection landed and tries to
// reach the level's goal through the product's layers. Everything typed runs in the engine worker
// over the modeled world and network; this page only shows what the engine logged. Lazy chunk.
import { useMemo, useState } from 'react';
import { ATTACK_LEVELS } from '../../sim/attack/levels/index.ts';
import { closedProfile, levelProfile } from '../../sim/attack/run.ts';
import { parseCommandLine } from '../../sim/attack/input.ts';
import { getEngine } from '../../worker/connect.ts';
import { EventList } from '../views/EventList.tsx';
import { backToPlaygroundHash } from '../review/viewRoute.ts';
import { ScoreBoard } from './ScoreBoard.tsx';
import { LevelBrief } from './LevelBrief.tsx';
import { ToolForm } from './ToolForm.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { CtfSettings } from './CtfDialog.tsx';
import AttackTerminal from './AttackTerminal.tsx';
import { terminalText } from './transcript.ts';
import { playgroundHash } from './playgroundLink.ts';
import { useAttackSession, type SessionPorts } from './useAttackSession.ts';
import './attack.css';

function browserStorage(): SessionPorts['storage'] {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const browserPorts = (): SessionPorts => ({
  run: (levelId, steps) => getEngine().call('attack', [{ levelId, steps }]),
  storage: browserStorage(),
  hash: { read: () => window.location.hash, replace: (h) => window.history.replaceState(null, '', h) },
});

export function AttackView({ ports }: { ports: SessionPorts }) {
  const s = useAttackSession(ports);
  const [message, setMessage] = useState<string | null>(null);
  const profile = useMemo(() => levelProfile(s.level), [s.level]);
  const fixedHref = useMemo(() => playgroundHash(s.level, closedProfile(s.level)), [s.level]);
  const log = s.result?.log ?? [];
  const index = ATTACK_LEVELS.findIndex((l) => l.id === s.level.id);
  const next = ATTACK_LEVELS[index + 1];
  const submitLine = (line: string) => {
    const parsed = parseCommandLine(line);
    if (!parsed.ok) {
      setMessage(parsed.message);
      return;
    }
    setMessage(null);
    void s.take(parsed.step);
  };
  const shownMessage = message ?? s.error;
  // Share links do not say which products have panes: put the level's product on screen (last pane).
  return (
    <div className="attack-view" data-testid="attack-view">
      <div className="attack-top">
        <h1>Attack mode</h1>
        <p className="attack-lede">You are the agent, and the injection already worked. Get out through the layers, then see what would have stopped you.</p>
        <div className="attack-top-actions">
          <CtfSettings ctfKey={s.ctfKey} onChange={s.setCtfKey} />
          <a className="btn" href={backToPlaygroundHash()} data-testid="attack-back">Back to playground</a>
        </div>
      </div>
      {s.notices.map((n, i) => (
        <p key={n} className="attack-notice" role="status" data-testid="attack-notice">
          {n} <button type="button" className="btn" onClick={() => s.dismissNotice(i)}>Dismiss</button>
        </p>
      ))}
      <div className="attack-layout">
        <ScoreBoard levels={ATTACK_LEVELS} board={s.board} current={s.level.id} onOpen={(id) => { setMessage(null); s.openLevel(id); }} />
        <LevelBrief level={s.level} profile={profile} hintsShown={s.score.hintsShown} onHint={s.revealHint} />
        <section className="attack-work" aria-label="Your moves">
          <div className="attack-work-head">
            <h2>Terminal</h2>
            <span className="muted">{s.steps.length} step{s.steps.length === 1 ? '' : 's'} · prefix <code>unsandboxed </code> to ask for the escape hatch</span>
            <button type="button" className="btn" onClick={() => { setMessage(null); s.restart(); }} data-testid="attack-restart">Start over</button>
          </div>
          <AttackTerminal text={terminalText(log)} busy={s.busy} onSubmit={submitLine} message={shownMessage} />
          <pre className="sr-only" aria-live="polite" data-testid="attack-transcript">{terminalText(log, false)}</pre>
          {shownMessage && <p className="attack-problem" role="alert" data-testid="attack-problem">{shownMessage}</p>}
          <ToolForm busy={s.busy} onStep={(step) => { setMessage(null); void s.take(step); }} />
          <ResultPanel level={s.level} result={s.result} flag={s.flag} playgroundHref={fixedHref} onNext={next ? () => s.openLevel(next.id) : null} />
          <details className="attack-log" open>
            <summary>What each layer decided</summary>
            {log.length === 0 ? <p className="muted">The event log appears after your first step.</p> : (
              // Scrolls on its own, so keyboard users must be able to focus it.
              <div className="attack-events" tabIndex={0} role="region" aria-label="Event log of this attempt">
                <EventList events={log} product={s.level.product} currentStep={Number.MAX_SAFE_INTEGER} />
              </div>
            )}
          </details>
        </section>
      </div>
    </div>
  );
}

export default function AttackPage() {
  const [ports] = useState(browserPorts);
  return <AttackView ports={ports} />;
}
