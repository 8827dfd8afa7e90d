// Injection triggers: how many times each marker has appeared in what the agent read this session.
// Counting is incremental (a KMP matcher per marker, restarted after each match), which gives the
// same count as splitting the whole transcript on the marker (non-overlapping, leftmost first) while
// keeping only a few numbers per marker, so the state is small enough to compare between runs.

interface Matcher {
  marker: string;
  /** KMP failure function of the marker. */
  fail: number[];
  /** Characters of the marker matched at the end of the text so far. */
  state: number;
  count: number;
  /** Counts above this make no difference to any trigger (the largest `times` asking for it). */
  cap: number;
}

function failure(m: string): number[] {
  const f = new Array<number>(m.length).fill(0);
  for (let i = 1, k = 0; i < m.length; i += 1) {
    while (k > 0 && m[i] !== m[k]) k = f[k - 1] ?? 0;
    if (m[i] === m[k]) k += 1;
    f[i] = k;
  }
  return f;
}

export interface WatchState {
  readonly counts: readonly number[];
  readonly states: readonly number[];
  readonly length: number;
}

export class TriggerWatch {
  private readonly matchers: Matcher[] = [];
  private readonly byMarker = new Map<string, Matcher>();
  /** Characters read this session (only an empty marker needs it). */
  private length = 0;

  constructor(triggers: readonly { seen: string; times?: number }[]) {
    for (const t of triggers) {
      const known = this.byMarker.get(t.seen);
      if (known) {
        known.cap = Math.max(known.cap, t.times ?? 1);
        continue;
      }
      const m: Matcher = { marker: t.seen, fail: failure(t.seen), state: 0, count: 0, cap: t.times ?? 1 };
      this.matchers.push(m);
      this.byMarker.set(t.seen, m);
    }
  }

  read(text: string): void {
    this.length += text.length;
    for (const m of this.matchers) {
      const { marker, fail } = m;
      if (marker.length === 0) continue;
      let k = m.state;
      for (let i = 0; i < text.length; i += 1) {
        const c = text[i];
        while (k > 0 && c !== marker[k]) k = fail[k - 1] ?? 0;
        if (c === marker[k]) k += 1;
        if (k === marker.length) {
          m.count += 1;
          k = 0;
        }
      }
      m.state = k;
    }
  }

  /** Occurrences of `marker` so far, as `text.split(marker).length - 1` would count them. */
  count(marker: string): number {
    if (marker.length === 0) return this.length - 1;
    return this.byMarker.get(marker)?.count ?? 0;
  }

  /** A new session: the agent's context is gone. */
  reset(): void {
    this.length = 0;
    for (const m of this.matchers) {
      m.state = 0;
      m.count = 0;
    }
  }

  save(): WatchState {
    return { counts: this.matchers.map((m) => m.count), states: this.matchers.map((m) => m.state), length: this.length };
  }

  load(s: WatchState): void {
    this.length = s.length;
    this.matchers.forEach((m, i) => {
      m.count = s.counts[i] ?? 0;
      m.state = s.states[i] ?? 0;
    });
  }

  /** Counts and partial matches as they are (and the length, if some marker is empty). */
  exactKey(): string {
    const empty = this.matchers.some((m) => m.marker.length === 0);
    return `${this.matchers.map((m) => `${m.count}.${m.state}`).join(',')}${empty ? `|${this.length}` : ''}`;
  }

  /** What later triggers can still tell apart: capped counts and partial matches. */
  key(): string {
    const empty = this.matchers.some((m) => m.marker.length === 0);
    return `${this.matchers.map((m) => `${Math.min(m.count, m.cap)}.${m.state}`).join(',')}${empty ? `|${this.length}` : ''}`;
  }
}
