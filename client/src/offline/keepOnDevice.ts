const RELOADED_KEY = 'reloadedForRelease';

/**
 * Registers the service worker (`offline/serviceWorker.ts`) once the page has loaded, so that its own
 * downloads do not compete with the page's on mobile data; only in a build, where `/sw.js` exists.
 *
 * The worker shows a kept shell at once and fetches the newer one for the next visit. After a release, a
 * page started from an old shell may ask for a chunk the server no longer has: it then loads once more, from
 * the newer shell (once per session, so a broken release cannot make it loop).
 */
export function keepOnDevice(): void {
  if (!__SERVICE_WORKER__ || !('serviceWorker' in navigator)) return;
  window.addEventListener('vite:preloadError', (event) => {
    if (sessionStorage.getItem(RELOADED_KEY)) return;
    sessionStorage.setItem(RELOADED_KEY, '1');
    event.preventDefault();
    window.location.reload();
  });
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
