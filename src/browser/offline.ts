// Registers the service worker (src/service-worker/sw.ts) that keeps the whole site for use offline after one visit,
// and announces a new version instead of swapping it in: the new worker waits until the person presses Reload, which
// tells it to take over (SKIP_WAITING) and then reloads this tab, never another one and never on its own. Loaded on
// every page as /sw-register.js (bundled by scripts/service-worker.mjs), so it stays small: guide pages ship only this.

export const UPDATE_READY = 'A new version of Lodestar is ready — reload when you are done.';

/** Puts the announcement and its Reload button into the page's notice region (BaseLayout's #update-notice). */
export function announceUpdate(
  waiting: ServiceWorker,
  container: ServiceWorkerContainer,
  doc: Document = document,
): void {
  const region = doc.getElementById('update-notice');
  if (!region || region.childElementCount > 0) return;
  const line = doc.createElement('p');
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    // Another tab's Reload may have handed over already: then this tab only needs reloading.
    if (waiting.state !== 'installed') return location.reload();
    button.disabled = true;
    container.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  line.append(`${UPDATE_READY} `, button);
  region.append(line);
}

/** Watches a registration for a new version: one waiting or installing already, or one found later. */
export function watchForUpdates(
  registration: ServiceWorkerRegistration,
  container: ServiceWorkerContainer,
  doc: Document = document,
): void {
  const follow = (worker: ServiceWorker | null) => {
    // No controller means this is the first install: nothing older is running, so there is nothing to announce.
    const check = () => worker?.state === 'installed' && container.controller && announceUpdate(worker, container, doc);
    check();
    worker?.addEventListener('statechange', check);
  };
  follow(registration.waiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
}

/**
 * Registers the worker once the page has loaded and then gone idle, so its install (a megabyte of the site's files)
 * never competes with the page's own downloads, nor with an island's first work after the load event. Registered at
 * the load event itself, Lighthouse's total blocking time (median of four runs) was 236 ms on the runner and 280 ms on
 * the journal; registered once idle, 182 and 133 ms, the same as with no registration at all.
 */
export function enableOfflineUse(): void {
  const container = navigator.serviceWorker;
  if (!container) return;
  const register = () =>
    container
      .register('/sw.js')
      // A browser that blocks service workers may answer with no registration at all (Playwright's 'block' does).
      .then(
        (registration: ServiceWorkerRegistration | undefined) =>
          registration && watchForUpdates(registration, container),
      )
      // Offline use is a bonus: every page works online without it.
      .catch(() => undefined);
  // Safari has no requestIdleCallback: there, a second after the load event.
  const whenIdle = () =>
    (window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000)))(register, { timeout: 3000 });
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
