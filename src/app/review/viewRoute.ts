// Which page the app shows: the playground, or the design review at `#view=review`. The review has
// no playground state to share, so its hash is just that key; the playground's own hash is kept
// aside when leaving so "Back to playground" returns to the same incident and settings.
import { useEffect, useState } from 'react';

export type AppView = 'play' | 'review';

export const REVIEW_HASH = '#view=review';

export function isReviewHash(hash: string): boolean {
  return /(?:^#|&)view=review(?:&|$)/.test(hash);
}

let playgroundHash = '';

/** Call when leaving the playground for the review page. */
export function rememberPlaygroundHash(hash: string): void {
  if (!isReviewHash(hash)) playgroundHash = hash;
}

/** Where "Back to playground" goes: the hash the playground had, or its default. */
export function backToPlaygroundHash(): string {
  return playgroundHash === '' ? '#' : playgroundHash;
}

export function useAppView(win: Window = window): AppView {
  const [view, setView] = useState<AppView>(() => (isReviewHash(win.location.hash) ? 'review' : 'play'));
  useEffect(() => {
    const update = () => setView(isReviewHash(win.location.hash) ? 'review' : 'play');
    win.addEventListener('hashchange', update);
    win.addEventListener('popstate', update);
    return () => {
      win.removeEventListener('hashchange', update);
      win.removeEventListener('popstate', update);
    };
  }, [win]);
  return view;
}
