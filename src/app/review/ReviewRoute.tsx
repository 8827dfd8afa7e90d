// The review page's entry points: the header link into it, and the lazily loaded page itself (its
// code, the config importers and the report, stays out of the playground's first load).
import { lazy, Suspense } from 'react';
import { REVIEW_HASH, rememberPlaygroundHash, useAppView } from './viewRoute.ts';

const ReviewPage = lazy(() => import('./ReviewPage.tsx'));

export function ReviewLink() {
  const view = useAppView();
  if (view === 'review') return null;
  return (
    // Styled inline: review.css loads with the page, after this link is first shown.
    <a className="header-btn" style={{ textDecoration: 'none', display: 'inline-block' }} href={REVIEW_HASH} data-testid="review-link" onClick={() => rememberPlaygroundHash(window.location.hash)}>
      Design review
    </a>
  );
}

export function ReviewRoute() {
  return (
    <main className="review-main">
      <Suspense fallback={<p className="review-loading">Loading the design review…</p>}>
        <ReviewPage />
      </Suspense>
    </main>
  );
}
