// web/sw.js — the service worker: precaches one version of the site, serves it offline, and
// swaps versions whole. scripts/lib/publish_site.mjs fills in the version and the file list
// (every file but this one and index.html has a content-hashed name). It never transforms content.
'use strict';
const VERSION = '__ISNAD_VERSION__';
const PRECACHE = ['__ISNAD_PRECACHE__'];
const CACHE = `isnad-${VERSION}`;

self.addEventListener('install', (event) => {
  // All or nothing: addAll fails if any file fails, and then this version never activates.
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('isnad-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // The page: the network's when it answers (it names the newest assets), else this version's.
    event.respondWith(fetch(req).catch(() => caches.open(CACHE).then((c) => c.match('./'))));
    return;
  }
  // Hashed assets never change under a name: the cache first, then the network.
  event.respondWith(caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true })).then((hit) => hit || fetch(req)));
});
