// Attack mode's entry points: the link into it (header and lessons) and the lazily loaded page, so
// its levels, terminal and the engine code they name stay out of the playground's first load.
import { lazy, Suspense } from 'react';
import { ATTACK_HASH, rememberPlaygroundHash, useAppView } from '../review/viewRoute.ts';

const AttackPage = lazy(() => import('./AttackPage.tsx'));

export function AttackLink({ className = 'header-btn', label = 'Attack mode', testid = 'attack-link' }: { className?: string; label?: string; testid?: string }) {
  const view = useAppView();
  if (view === 'attack') return null;
  return (
    // Styled inline: attack.css loads with the page, after this link is first shown.
    <a className={className} style={{ textDecoration: 'none', display: 'inline-block' }} href={ATTACK_HASH} data-testid={testid} onClick={() => rememberPlaygroundHash(window.location.hash)}>
      {label}
    </a>
  );
}

export function AttackRoute() {
  return (
    <main className="attack-main">
      <Suspense fallback={<p className="attack-loading">Loading Attack mode…</p>}>
        <AttackPage />
      </Suspense>
    </main>
  );
}
