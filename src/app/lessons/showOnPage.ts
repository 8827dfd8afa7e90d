// Brings the part of a product pane a lesson talks about into view: opens its tab, scrolls it to the
// top of the pane and highlights it for a moment, so "watch the prompts" never means hunting for a
// tab hundreds of pixels down a scroller. The pane itself is on screen at 1280x720; its body scrolls.
import type { ShowTarget } from '../../lessons/types.ts';

const TAB_SPOTS = new Set(['activity', 'network', 'approvals', 'controls', 'files']);
const HIGHLIGHT_MS = 2600;

/** True when the target was found and shown; false when that pane (or part) is not on the page. */
export function showOnPage({ product, spot }: ShowTarget, doc: Document = document): boolean {
  const pane = doc.querySelector(`[data-testid="pane-${product}"]`);
  if (!pane) return false;
  let target: Element | null;
  if (TAB_SPOTS.has(spot)) {
    const tab = pane.querySelector(`[data-testid="pane-${product}-tab-${spot}"]`);
    if (!(tab instanceof HTMLElement)) return false;
    tab.click();
    tab.focus({ preventScroll: true });
    target = tab.closest('.tabs');
  } else {
    target = pane.querySelector(spot === 'verdict' ? '.outcome' : `[data-testid="blast-${product}"]`);
  }
  if (!target) return false;
  // Only the pane's own scroller moves (scrollIntoView would also scroll the page's fixed layout).
  const scroller = target.closest('.pane-body');
  if (scroller instanceof HTMLElement) {
    scroller.scrollTop += target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
  }
  target.classList.add('spotlight');
  setTimeout(() => target.classList.remove('spotlight'), HIGHLIGHT_MS);
  return true;
}
