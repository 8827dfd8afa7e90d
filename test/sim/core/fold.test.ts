import { describe, expect, it } from 'vitest';
import { EventLog } from '../../../src/sim/core/events.ts';
import { foldLog, lastSeqOfStep } from '../../../src/sim/core/fold.ts';

function sampleLog() {
  const log = new EventLog();
  log.nextStep();
  log.append({ type: 'file-access', op: 'read', path: '/a', ok: true });
  log.append({ type: 'net-request', id: 1, method: 'POST', url: 'https://x/', host: 'x', bytes: 3, via: 'curl' });
  log.nextStep();
  log.append({ type: 'net-response', id: 1, status: 403, summary: 'blocked', layer: 'egress-proxy' });
  log.append({ type: 'layer-decision', layer: 'egress-proxy', decision: 'deny', rule: 'allowlist', reason: 'r', where: 'w', subject: 'x' });
  log.append({ type: 'file-access', op: 'write', path: '/a', ok: false, failure: 'EROFS', layer: 'mounts' });
  return log.events;
}

describe('foldLog', () => {
  it('folds files, network and layer tallies', () => {
    const view = foldLog(sampleLog());
    expect(view.files).toEqual([{ path: '/a', reads: 1, writes: 0, deletes: 0, denied: 1, discarded: 0, lastFailure: 'EROFS' }]);
    expect(view.network[0]).toMatchObject({ status: 403, blockedBy: 'egress-proxy' });
    expect(view.layers['egress-proxy']).toEqual({ allow: 0, deny: 1, ask: 0 });
    expect(view.step).toBe(2);
  });
  it('a write into the sandbox\'s throwaway mount is counted as discarded, not as refused', () => {
    const log = new EventLog();
    log.nextStep();
    log.append({ type: 'file-access', op: 'write', path: '/home/u/.aws/x', ok: false, discarded: true });
    expect(foldLog(log.events).files).toEqual([{ path: '/home/u/.aws/x', reads: 0, writes: 0, deletes: 0, denied: 0, discarded: 1 }]);
  });

  it('seeks: folding up to a seq ignores later events', () => {
    const events = sampleLog();
    const view = foldLog(events, 1);
    expect(view.network[0]?.status).toBeUndefined();
    expect(view.files[0]?.denied).toBe(0);
    expect(view.uptoSeq).toBe(1);
    expect(foldLog(events, 0).network).toEqual([]);
  });

  it('seeks to the end of an agent step and steps back one step', () => {
    const events = sampleLog();
    expect(lastSeqOfStep(events, 1)).toBe(1);
    expect(lastSeqOfStep(events, 2)).toBe(4);
    expect(lastSeqOfStep(events, 0)).toBe(-1);
    const atTwo = foldLog(events, lastSeqOfStep(events, 2));
    const back = foldLog(events, lastSeqOfStep(events, atTwo.step - 1));
    expect(back.step).toBe(1);
    expect(back.layers).toEqual({});
  });
});
