/* Trạm Số kiosk service worker (issue 24; guide.OfflineGuides, docs/security.md "Offline guides").
   Registered by each kiosk page (base.ui.OfflineSwitch) for the scope /kiosk/<id> only, so it controls
   that kiosk's pages and never a staff page. It precaches exactly the URLs of the kiosk's offline
   manifest (/kiosk/<id>/offline/manifest.json: the offline pages, their pictures and QR codes, this
   kiosk's style sheet and offline script), in a cache named for the manifest's version, and puts
   nothing else in any cache: never a Vaadin request (?v-r=, /VAADIN/, push), a live page, a booking,
   a POST. A live page that cannot load (server unreachable) is answered with the matching offline page. */
'use strict';

// The scope is /kiosk/<id> without a slash, so the kiosk's start page /kiosk/<id> is in it; a scope is a
// prefix, so /kiosk/<id>-2 would be too, and is left alone below (it is another kiosk's, which the gate
// refuses to this browser anyway).
const SCOPE = new URL(self.registration.scope).pathname;          // /kiosk/<id>
const BASE = SCOPE + '/';
const KIOSK = SCOPE.split('/')[2];
const PREFIX = 'tramso-offline:' + KIOSK + ':';
const OFFLINE = BASE + 'offline/';
const MANIFEST = OFFLINE + 'manifest.json';

let refreshing = null;

/** Fetches the manifest; when its version is new, precaches all of it, then drops the older caches. */
function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      const answer = await fetch(MANIFEST, {cache: 'no-store', credentials: 'same-origin'});
      if (!answer.ok) return;
      const manifest = await answer.json();
      const name = PREFIX + manifest.version;
      const names = await caches.keys();
      if (!names.includes(name)) {
        const cache = await caches.open(name);
        try {
          await cache.addAll(manifest.urls.map(url => new Request(url, {credentials: 'same-origin', cache: 'no-cache'})));
        } catch (e) {
          await caches.delete(name);  // all or nothing: the last complete version keeps serving
          throw e;
        }
      }
      for (const old of names) {
        if (old.startsWith(PREFIX) && old !== name) await caches.delete(old);
      }
    })().catch(() => { }).finally(() => { refreshing = null; });
  }
  return refreshing;
}

self.addEventListener('install', event => {
  self.skipWaiting();
  event.waitUntil(refresh());
});

self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('message', event => {
  if (event.data === 'refresh') event.waitUntil(refresh());
});

/** The offline page for a live kiosk address: the same guide step, or the help page for booking, else the home. */
function offlinePath(url) {
  const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'vi';
  const rest = url.pathname.substring(BASE.length);
  const step = rest.match(/^guide\/([a-z0-9-]+)\/(\d+)$/);
  return OFFLINE + lang + '/' + (step ? 'guide/' + step[1] + '/' + step[2] : rest.startsWith('book') ? 'help' : 'home');
}

async function offlineAnswer(url) {
  const options = {ignoreVary: true};
  return (await caches.match(offlinePath(url), options)) || (await caches.match(OFFLINE + 'vi/home', options)) || Response.error();
}

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.searchParams.has('v-r') || url.pathname.startsWith('/VAADIN/')
      || url.pathname === MANIFEST || url.pathname === OFFLINE + 'alive') {
    return;  // the network's, untouched
  }
  if (url.pathname.startsWith(OFFLINE) || url.pathname.startsWith('/kiosk-assets/') || url.pathname.startsWith('/kiosk-audio/')
      || (url.search === '' && (url.pathname === '/kiosk-offline.js' || url.pathname === '/styles/kiosk.css'))) {
    // a precached file if it is one (offline pages, content-hashed files); else the network, and nothing kept
    event.respondWith(caches.match(request, {ignoreVary: true}).then(hit => hit || fetch(request)));
    return;
  }
  if (request.mode === 'navigate' && (url.pathname === SCOPE || url.pathname.startsWith(BASE))) {
    event.respondWith(fetch(request).catch(() => offlineAnswer(url)));
  }
});
