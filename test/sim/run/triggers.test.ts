import { describe, expect, it } from 'vitest';
import { TriggerWatch } from '../../../src/sim/run/triggers.ts';

/** The count the runner used to take: split the whole transcript on the marker. */
const splitCount = (text: string, marker: string) => text.split(marker).length - 1;

describe('TriggerWatch', () => {
  it('counts like splitting the whole transcript, however the text arrives in pieces', () => {
    const markers = ['aa', 'aba', 'TZ is not set', 'abab', 'x'];
    const texts = ['aaaa', 'ab', 'abababa', 'TZ is', ' not set', 'TZ is not set twice TZ is not set', 'xaxx', 'a', 'ba', 'bab'];
    for (let cut = 1; cut < texts.length; cut += 1) {
      const watch = new TriggerWatch(markers.map((seen) => ({ seen })));
      let all = '';
      for (const t of texts) {
        watch.read(t);
        all += t;
        for (const m of markers) expect(watch.count(m)).toBe(splitCount(all, m));
      }
    }
  });

  it('tells states apart only by what a trigger can still see', () => {
    const a = new TriggerWatch([{ seen: 'TZ is not set', times: 2 }]);
    const b = new TriggerWatch([{ seen: 'TZ is not set', times: 2 }]);
    a.read('some output');
    b.read('The user denied this action.');
    expect(a.key()).toBe(b.key());
    a.read('TZ');
    expect(a.key()).not.toBe(b.key());
    b.read('xTZ');
    expect(a.key()).toBe(b.key());
    for (let i = 0; i < 3; i += 1) {
      a.read(' is not set, TZ');
      b.read(' is not set, TZ');
    }
    // Past the largest `times`, more occurrences change nothing.
    expect(a.count('TZ is not set')).toBe(3);
    a.read(' is not set');
    expect(a.count('TZ is not set')).toBe(4);
    b.read(' is not set');
    expect(a.key()).toBe(b.key());
  });

  it('a new session forgets everything; save and load round-trip', () => {
    const w = new TriggerWatch([{ seen: 'ab' }]);
    w.read('abab a');
    const saved = w.save();
    w.reset();
    expect(w.count('ab')).toBe(0);
    w.load(saved);
    expect(w.count('ab')).toBe(2);
    w.read('b');
    expect(w.count('ab')).toBe(3);
  });
});
