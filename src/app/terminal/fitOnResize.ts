// Keeps an xterm fitted to its element: re-fit on every resize, and ignore a fit attempted before the
// element is laid out (a hidden tab); the next resize fits it. Returns the function that stops it.
export function fitOnResize(element: HTMLElement, fit: { fit(): void }): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => {
    try {
      fit.fit();
    } catch {
      // Not laid out yet.
    }
  });
  observer.observe(element);
  return () => observer.disconnect();
}
