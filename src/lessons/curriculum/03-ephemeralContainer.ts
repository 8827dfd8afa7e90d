import { goal, noHarm } from '../goals.ts';
import { link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const ephemeralContainer: Lesson = {
  id: 'ephemeral-container',
  title: 'The ephemeral container',
  blurb: 'claude.ai runs code far from your machine, in a box that is thrown away.',
  teaches: ['ephemeral-container'],
  uses: ['blast-radius', 'defense-components'],
  text: [
    ['When claude.ai runs code, nothing runs on your computer. The code runs on Anthropic\'s servers inside a gVisor container, a user-space kernel that stands between the program and the real one. The container sees none of your files, and its network goes through a proxy that only lets a short list of destinations through, such as package indexes and code hosts.'],
    ['Its filesystem belongs to one session and is ', strong('destroyed when the session ends'), '. There is no workspace that carries over. The threat model is narrow: keep the provider\'s infrastructure safe and keep users apart from each other. That gives the smallest blast radius of the three products, and also the lowest ceiling on what the agent can do. The price is the time it takes to start a fresh container.'],
    ['In this run someone turned persistence on, so the container is kept between sessions. An instruction planted in one session is waiting for the next one. Restore the design. Source: ', link('the engineering post', SOURCES.post.url), '.'],
  ],
  sources: [SOURCES.post],
  product: 'claude-ai',
  scenarios: ['memory-poisoning'],
  start: { preset: 'shipped', changes: [{ path: 'claude-ai.container.ephemeral', value: false }] },
  run: { seed: 3, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'claude-ai.container.ephemeral', label: 'Container is destroyed at session end' },
    { path: 'claude-ai.egress.allowedDomains', label: 'Egress allowlist' },
  ],
  goal: goal('Nothing planted in one session survives into the next.', noHarm('The planted instruction does not carry over')),
  hints: [
    ['The harm happens in the second session, not the first. What connects them?'],
    ['A container that is thrown away at the end of a session cannot carry anything forward.'],
    ['Set the container back to ephemeral.'],
  ],
  solution: [{ path: 'claude-ai.container.ephemeral', value: true }],
  quiz: {
    question: 'What is the main thing an ephemeral server-side container protects?',
    answers: [
      { text: 'The files on the user\'s laptop.', correct: false, explanation: 'The container never had them: nothing runs on the user\'s machine. Keeping the user\'s files out is a side effect of where it runs, not what the container defends.' },
      { text: 'The provider\'s infrastructure and the separation between users.', correct: true, explanation: 'Right. That is the threat model: isolated infrastructure, a fresh filesystem per session, and a proxy that limits where traffic can go.' },
      { text: 'Nothing; it exists only to make start-up faster.', correct: false, explanation: 'It makes start-up slower, if anything: spinning up a fresh container is the cost of this pattern.' },
    ],
  },
};
