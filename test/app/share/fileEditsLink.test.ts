// File edits in share links: the codec, and the round trip through the store, the hash and a second
// page's store, which must run the edited world and reach the same verdict.
import { describe, expect, it } from 'vitest';
import { decodeFileEdits, encodeFileEdits, MAX_LINKED_FILES } from '../../../src/app/share/fileEditsLink.ts';
import { encodeCompressedText } from '../../../src/app/share/compressedText.ts';
import { decodeLinkedEdits, hashToSnapshot, startShareSync, stateToHash } from '../../../src/app/share/shareSync.ts';
import { newMainThreadStore as newStore } from '../mainThreadEngine.ts';
const until = async (ok: () => boolean, what: string) => {
  const deadline = Date.now() + 15_000;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('file edits link codec', () => {
  it('round-trips, and the same edits always make the same link', async () => {
    const edits = { '/home/dev/b.txt': 'two\n', '/home/dev/a.txt': 'één ✓\n' };
    const link = await encodeFileEdits(edits);
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await encodeFileEdits({ '/home/dev/a.txt': 'één ✓\n', '/home/dev/b.txt': 'two\n' })).toBe(link);
    expect(await decodeFileEdits(link, 'cowork.files')).toEqual({ ok: true, edits });
    expect(await encodeFileEdits({})).toBe('');
  });

  it('refuses what a link must not carry, naming the key and the problem', async () => {
    const bad = async (value: string) => decodeFileEdits(await encodeCompressedText(value), 'cowork.files');
    expect(await decodeFileEdits('%%%', 'cowork.files')).toMatchObject({ ok: false, message: expect.stringContaining('not base64url') });
    const good = await encodeFileEdits({ '/a': 'x'.repeat(500) });
    expect(await decodeFileEdits(good.slice(0, 8), 'cowork.files')).toMatchObject({ ok: false, message: expect.stringMatching(/cowork\.files.*damaged/) });
    expect(await bad('{"/a": ')).toMatchObject({ ok: false, message: 'cowork.files: the edited files are not valid JSON' });
    expect(await bad('["/a"]')).toMatchObject({ ok: false, message: 'cowork.files: expected an object of path -> text' });
    expect(await bad('{"notes.txt": "x"}')).toMatchObject({ ok: false, message: expect.stringContaining('"notes.txt" is not an absolute path') });
    expect(await bad('{"/home/dev/../../etc/passwd": "x"}')).toMatchObject({ ok: false, message: expect.stringContaining('not a plain path') });
    expect(await bad('{"/a": 3}')).toMatchObject({ ok: false, message: 'cowork.files["/a"]: expected the file\'s text, got number' });
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: MAX_LINKED_FILES + 1 }, (_, i) => [`/f${i}`, ''])));
    expect(await bad(many)).toMatchObject({ ok: false, message: expect.stringContaining(`at most ${MAX_LINKED_FILES}`) });
  });
});

describe('file edits travel in share links', () => {
  it('a second page opened on the link runs the edited world and reaches the edited verdict', async () => {
    const first = newStore();
    // The learner edits in the pane's Files tab, which asks for the world's files.
    first.getState().wantFiles('cowork');
    await first.getState().selectScenario('memory-poisoning');
    expect(first.getState().panes.cowork.run?.contained).toBe(false);
    const files = first.getState().panes.cowork.run?.files ?? {};
    const notes = Object.keys(files).find((p) => p.endsWith('/meeting-notes.txt')) as string;
    const cleaned = (files[notes] ?? '').split('\n').filter((l) => !l.includes('ACTION ITEM')).join('\n');
    await first.getState().saveFileEdit('cowork', notes, cleaned);
    // No planted item, no injection to carry: the incident cannot happen in the edited world.
    expect(first.getState().panes.cowork.run?.judgement.status).toBe('not-applicable');

    const hash = stateToHash(first.getState());
    expect(hash).toMatch(/&cowork\.files=[A-Za-z0-9_-]+$/);
    expect(hash).not.toMatch(/claude-code\.files=/);
    const reading = hashToSnapshot(hash, ['memory-poisoning']);
    expect(Object.keys(reading.fileEditParams)).toEqual(['cowork']);

    window.history.replaceState(null, '', hash);
    const second = newStore();
    const stop = startShareSync(second, window);
    await until(() => second.getState().panes.cowork.run?.judgement.status === 'not-applicable', 'the edited run on the second page');
    stop();
    expect(second.getState().fileEdits.cowork).toEqual({ [notes]: cleaned });
    expect(second.getState().notices).toEqual([]);
    // The hash the second page writes back still carries the edit.
    expect(window.location.hash).toContain(`cowork.files=${first.getState().fileEditLinks.cowork}`);

    // Discarding clears the edit from the link too.
    await first.getState().discardFileEdits('cowork');
    expect(stateToHash(first.getState())).not.toContain('cowork.files=');
  });

  it('a damaged edit in a link is a notice; that pane opens on the scenario\'s own files', async () => {
    const { linked, notices } = await decodeLinkedEdits({ cowork: 'AAAA', 'claude-code': await encodeFileEdits({ '/tmp/x': 'y' }) });
    expect(Object.keys(linked)).toEqual(['claude-code']);
    expect(notices).toEqual([expect.stringMatching(/^cowork\.files .*; the cowork pane runs on the scenario's own files$/)]);

    window.history.replaceState(null, '', '#v=1&incident=memory-poisoning&cowork.files=AAAA');
    const store = newStore();
    const stop = startShareSync(store, window);
    await until(() => store.getState().panes.cowork.run !== null, 'the run');
    stop();
    expect(store.getState().panes.cowork.run?.contained).toBe(false);
    expect(store.getState().fileEdits.cowork).toEqual({});
    expect(store.getState().notices.join('\n')).toMatch(/Share link: cowork\.files/);
  });
});
