// Routing to the review page: `#view=review` switches the view, the header link remembers the
// playground's hash so "Back to playground" returns to the same incident and settings.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { backToPlaygroundHash, isReviewHash, useAppView } from '../../../src/app/review/viewRoute.ts';
import { ReviewLink } from '../../../src/app/review/ReviewRoute.tsx';

function Probe() {
  return <span data-testid="view">{useAppView()}</span>;
}

describe('review route', () => {
  it('recognises the review hash only as its own key', () => {
    expect(isReviewHash('#view=review')).toBe(true);
    expect(isReviewHash('#v=1&view=review')).toBe(true);
    expect(isReviewHash('#view=reviewer')).toBe(false);
    expect(isReviewHash('#incident=view=review')).toBe(false);
    expect(isReviewHash('')).toBe(false);
  });

  it('follows the hash, and the header link keeps the playground hash for the way back', () => {
    window.history.replaceState(null, '', '#v=1&incident=phished-prompt&seed=4');
    render(<><Probe /><ReviewLink /></>);
    expect(screen.getByTestId('view').textContent).toBe('play');
    const link = screen.getByTestId('review-link');
    expect(link.getAttribute('href')).toBe('#view=review');
    fireEvent.click(link);
    act(() => {
      window.history.pushState(null, '', '#view=review');
      window.dispatchEvent(new Event('hashchange'));
    });
    expect(screen.getByTestId('view').textContent).toBe('review');
    expect(screen.queryByTestId('review-link')).toBeNull();
    expect(backToPlaygroundHash()).toBe('#v=1&incident=phished-prompt&seed=4');
    act(() => {
      window.history.pushState(null, '', backToPlaygroundHash());
      window.dispatchEvent(new Event('hashchange'));
    });
    expect(screen.getByTestId('view').textContent).toBe('play');
  });
});
