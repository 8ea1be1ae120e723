// The service worker: Serwist precaches every page, the built assets, Pagefind's index and the app's icons, so the
// site opens offline after one visit, also on pages the person never opened. The precache list is written into the
// built file by scripts/service-worker.mjs (@serwist/build's injectManifest over dist/).
//
// Nothing else is cached: no route is registered for /api/ (AI answers, entries, shares and replies go to the
// network, or fail), and a share's key lives only in the page's #fragment, which never reaches a request.
// A new version waits (no skipWaiting of its own): the page announces it and sends SKIP_WAITING only when the person
// chooses to reload (src/browser/offline.ts); Serwist listens for that message when `skipWaiting` is false.
import { Serwist, type PrecacheEntry } from 'serwist';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST ?? [],
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Pages are precached under their own address (/guides/x/), and a query never changes what a static file holds:
    // /search/?q=… is the search page, and Pagefind asks for pagefind-entry.json?ts=<time>.
    ignoreURLParametersMatching: [/.*/],
    // An address written without its final slash (/guides/x) is the page /guides/x/, as Netlify redirects it.
    urlManipulation: ({ url }) =>
      url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? [] : [new URL(`${url.pathname}/`, url)],
  },
  skipWaiting: false,
  // Only the first install takes the open page (there is no older worker to swap out); an update waits until every
  // page is closed or the person reloads, because `skipWaiting` stays false.
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
});

// The hand-written worker this one replaces kept network-first copies of pages in 'lodestar-v1': nothing reads them now.
self.addEventListener('activate', (event) => event.waitUntil(caches.delete('lodestar-v1')));

serwist.addEventListeners();
