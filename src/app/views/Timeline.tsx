// Play, pause, step and scrub through a run. Purely controlled: the store owns the position.
import { useEffect } from 'react';

export interface TimelineProps {
  step: number;
  maxStep: number;
  playing: boolean;
  onSeek(step: number): void;
  onPlayingChange(playing: boolean): void;
  /** Milliseconds between steps while playing. */
  interval?: number;
}

function Icon({ d }: { d: string }) {
  return <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24"><path d={d} fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" /></svg>;
}

export function Timeline({ step, maxStep, playing, onSeek, onPlayingChange, interval = 700 }: TimelineProps) {
  useEffect(() => {
    if (!playing) return;
    if (step >= maxStep) {
      onPlayingChange(false);
      return;
    }
    const timer = setTimeout(() => onSeek(step + 1), interval);
    return () => clearTimeout(timer);
  }, [playing, step, maxStep, interval, onSeek, onPlayingChange]);

  return (
    <div className="timeline" role="group" aria-label="Timeline" data-testid="timeline">
      <button type="button" onClick={() => onSeek(0)} disabled={step === 0} aria-label="Go to start"><Icon d="M5 4v16M19 4 8 12l11 8z" /></button>
      <button type="button" onClick={() => onSeek(Math.max(0, step - 1))} disabled={step === 0} aria-label="Step back" data-testid="timeline-back"><Icon d="M17 4 6 12l11 8z" /></button>
      <button type="button" onClick={() => onPlayingChange(!playing)} aria-label={playing ? 'Pause' : 'Play'} data-testid="timeline-play">
        {playing ? <Icon d="M7 4h4v16H7zM14 4h4v16h-4z" /> : <Icon d="M7 4l12 8-12 8z" />}
      </button>
      <button type="button" onClick={() => onSeek(Math.min(maxStep, step + 1))} disabled={step >= maxStep} aria-label="Step forward" data-testid="timeline-forward"><Icon d="M5 4l11 8-11 8zM18 4v16" /></button>
      <input
        type="range" min={0} max={maxStep} value={step} aria-label="Scrub to step" data-testid="timeline-scrub"
        onChange={(e) => onSeek(Number(e.currentTarget.value))}
      />
      <span className="timeline-pos" data-testid="timeline-position">step {step} / {maxStep}</span>
    </div>
  );
}
