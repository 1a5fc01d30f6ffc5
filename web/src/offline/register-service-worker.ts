/**
 * Registers /sw.js (web/src/service-worker.ts) once the page has loaded, in a built app only
 * (the dev server has no worker). A browser without service workers, or one that refuses (a
 * private window), runs the app as before: only opening it offline is lost.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
