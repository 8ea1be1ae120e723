/** Registers the service worker that lets the runner and the journal open without a connection. */
export function enableOfflineUse(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Offline page loads are a bonus; everything else works without them.
  });
}
