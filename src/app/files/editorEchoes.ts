// Keeps a controlled editor and its parent's state from fighting. The editor reports each edit
// through onChange; the parent stores it and hands it back as `value` on a later render. When
// renders lag behind typing, the `value` that arrives is an older keystroke's text, and writing it
// into the editor would drop what was typed since and move the cursor. This remembers what the
// editor reported and has not yet seen come back, so an echo can be told from a real change.

export class EditorEchoes {
  private pending: string[] = [];

  /** The editor reported `text` to its parent. */
  reported(text: string): void {
    this.pending.push(text);
  }

  /**
   * The parent rendered with `value`. Returns true when the editor should take it: it is not one of
   * the editor's own reports, so it came from elsewhere (a discard, a reload, a new run's file).
   */
  shouldApply(value: string, current: string): boolean {
    const echo = this.pending.lastIndexOf(value);
    if (echo >= 0) {
      // This report and every older one have come back; newer ones may still be on their way.
      this.pending.splice(0, echo + 1);
      return false;
    }
    this.pending = [];
    return value !== current;
  }
}
