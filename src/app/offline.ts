// Registers the build's service worker (production only) so the page keeps working offline after
// one load. Failure is not fatal: the app still runs, just without the offline copy.
export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('Offline support unavailable:', error);
    });
  });
}
