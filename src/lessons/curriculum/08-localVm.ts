import { goal, noHarm, taskCompletes } from '../goals.ts';
import { code, link, show, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const localVm: Lesson = {
  id: 'local-vm',
  title: 'The local VM: mounts, mount modes and symlinks',
  blurb: 'Cowork gives the agent its own kernel and shows it only the folder you chose.',
  teaches: ['local-vm', 'mounts', 'mount-modes', 'symlinks'],
  uses: ['blast-radius', 'sandbox-fs-rules'],
  text: [
    ['Claude Cowork is for people who should not have to judge a bash command. Instead of asking them, it draws a boundary that is always on: the agent works inside a ', strong('virtual machine'), ' started with the operating system\'s own hypervisor (Apple Virtualization framework on macOS, HCS on Windows). The VM has its own kernel, filesystem and processes.'],
    ['From the host, only two folders are shared in: the workspace folder the user picked and its ', code('.claude'), ' folder. Each mount has a mode: ', code('read-only'), ', ', code('read-write'), ', or ', code('read-write-no-delete'), ' (the agent may edit files but not remove them). Administrators can also restrict which host paths may be mounted at all.'],
    ['There is a trap. If a path is checked ', strong('before'), ' its symlinks are resolved, a link inside the workspace that points at ', code('~/.ssh'), ' passes the check and leads out of the folder. Symlinks must be resolved first, and the real target validated. This VM checks in the wrong order. Fix it, and think about which mode the workspace really needs. Source: ', link('the engineering post', SOURCES.post.url), '.'],
  ],
  sources: [SOURCES.post],
  product: 'cowork',
  scenarios: ['symlink-mount-escape'],
  start: { preset: 'shipped', changes: [{ path: 'cowork.mounts.symlinks', value: 'resolve-after-validation' }] },
  run: { seed: 8, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'cowork.mounts.symlinks', label: 'When symlinks are resolved' },
    { path: 'cowork.mounts.entries[0].mode', label: 'Workspace mount mode' },
  ],
  goal: goal('Nothing outside the chosen folder is reached, and the documents still get done.', noHarm('No file outside the workspace is touched'), taskCompletes()),
  hints: [
    ['Find the file access in ', show("Cowork's activity", 'cowork', 'activity'), ' whose path is inside the workspace but whose content came from somewhere else.'],
    ['The mount check looked at the path as written, not where it really leads.'],
    ['Resolve symlinks before validation.'],
  ],
  solution: [{ path: 'cowork.mounts.symlinks', value: 'resolve-before-validation' }],
  traps: [
    { changes: [{ path: 'cowork.mounts.entries[0].mode', value: 'read-only' }], why: 'a read-only mount stops the write through the link, and also the documents the user asked for' },
  ],
  quiz: {
    question: 'A workspace holds a symlink report.txt pointing to ~/.ssh/id_ed25519. When is reading it safe?',
    answers: [
      { text: 'When the workspace is mounted read-only.', correct: false, explanation: 'Read-only stops writes and deletes, not reads. If the link is followed, the key is read.' },
      { text: 'When the path is validated after resolving the symlink, so the real target is checked against the mounts.', correct: true, explanation: 'Yes. The resolved target is outside every mount, so the read is refused.' },
      { text: 'Never; symlinks cannot be made safe.', correct: false, explanation: 'Links that stay inside the mounted folder are fine. What matters is checking where a link actually points.' },
    ],
  },
};
