// Which page the app shows: the playground, the design review at `#view=review`, or Attack mode at
// `#view=attack`. Neither page has playground state to share, so its hash is just its own keys; the
// playground's hash is kept aside when leaving so "Back to playground" returns to the same incident
// and settings.
import { useEffect, useState } from 'react';

export type AppView = 'play' | 'review' | 'attack';

export const REVIEW_HASH = '#view=review';
export const ATTACK_HASH = '#view=attack';

export function isReviewHash(hash: string): boolean {
  return /(?:^#|&)view=review(?:&|$)/.test(hash);
}

export function isAttackHash(hash: string): boolean {
  return /(?:^#|&)view=attack(?:&|$)/.test(hash);
}

/** A page of its own (review, attack), whose hash is not playground state to apply or rewrite. */
export function isPageHash(hash: string): boolean {
  return isReviewHash(hash) || isAttackHash(hash);
}

function viewOf(hash: string): AppView {
  return isReviewHash(hash) ? 'review' : isAttackHash(hash) ? 'attack' : 'play';
}

let playgroundHash = '';

/** Call when leaving the playground for the review page. */
export function rememberPlaygroundHash(hash: string): void {
  if (!isPageHash(hash)) playgroundHash = hash;
}

/** Where "Back to playground" goes: the hash the playground had, or its default. */
export function backToPlaygroundHash(): string {
  return playgroundHash === '' ? '#' : playgroundHash;
}

export function useAppView(win: Window = window): AppView {
  const [view, setView] = useState<AppView>(() => viewOf(win.location.hash));
  useEffect(() => {
    const update = () => setView(viewOf(win.location.hash));
    win.addEventListener('hashchange', update);
    win.addEventListener('popstate', update);
    return () => {
      win.removeEventListener('hashchange', update);
      win.removeEventListener('popstate', update);
    };
  }, [win]);
  return view;
}
