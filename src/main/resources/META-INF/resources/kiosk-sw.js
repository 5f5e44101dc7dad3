/* Trạm Số kiosk service worker (issue 24; guide.OfflineGuides, docs/security.md "Offline guides").
   Registered by each kiosk page (base.ui.OfflineSwitch) for the scope /kiosk/<id> only, so it controls
   that kiosk's pages and never a staff page. It precaches exactly the URLs of the kiosk's offline
   manifest (/kiosk/<id>/offline/manifest.json: the offline pages, their pictures and QR codes, this
   kiosk's style sheet and offline script), in a cache named for the manifest's version, and the
   steps' compressed readings the manifest lists under "audio" in a cache of their own, and puts
   nothing else in any cache: never a Vaadin request (?v-r=, /VAADIN/, push), a live page, a booking,
   a POST. A live page that cannot load (server unreachable, or a proxy's 502/503/504 while the app is
   down) is answered with the matching offline page; the app's own "system busy" page (503 with
   X-Tramso-Busy, place.KioskGate, base.ui.DatabaseBusyView) is shown as it is. */
'use strict';

// The scope is /kiosk/<id> without a slash, so the kiosk's start page /kiosk/<id> is in it; a scope is a
// prefix, so /kiosk/<id>-2 would be too, and is left alone below (it is another kiosk's, which the gate
// refuses to this browser anyway).
const SCOPE = new URL(self.registration.scope).pathname;          // /kiosk/<id>
const BASE = SCOPE + '/';
const KIOSK = SCOPE.split('/')[2];
const PREFIX = 'tramso-offline:' + KIOSK + ':';
const AUDIO = 'tramso-offline-audio:' + KIOSK;
const OFFLINE = BASE + 'offline/';
const MANIFEST = OFFLINE + 'manifest.json';

let refreshing = null;

/** Whether the version's cache is complete: its last entry, the manifest itself, is written only after every file. */
async function complete(name) {
  return (await caches.has(name)) && !!(await (await caches.open(name)).match(MANIFEST));
}

function get(url) {
  return fetch(new Request(url, {credentials: 'same-origin', cache: 'no-cache'}));
}

/**
 * Fetches the manifest; when its version is new, fetches each file not yet in that version's cache (an
 * interrupted download resumes where it stopped), writes the manifest last as the mark of a complete
 * copy, and only then drops the older versions: until then the last complete copy keeps serving. Then
 * the readings, best effort, file by file, within the manifest's audio budget.
 */
function refresh() {
  if (!refreshing) {
    refreshing = (async () => {
      const answer = await fetch(MANIFEST, {cache: 'no-store', credentials: 'same-origin'});
      if (!answer.ok) return;
      const text = await answer.text();
      const manifest = JSON.parse(text);
      const name = PREFIX + manifest.version;
      if (!(await complete(name))) {
        const cache = await caches.open(name);
        for (const url of manifest.urls) {
          if (await cache.match(url, {ignoreVary: true})) continue;
          const file = await get(url);
          if (!file.ok) throw new Error(url + ': ' + file.status);  // this copy stays incomplete; the next refresh goes on
          await cache.put(url, file);
        }
        await cache.put(MANIFEST, new Response(text, {headers: {'Content-Type': 'application/json'}}));
      }
      for (const old of await caches.keys()) {
        if (old.startsWith(PREFIX) && old !== name) await caches.delete(old);
      }
      await keepAudio(manifest.audio || [], manifest.audioBudget || 0);
    })().catch(() => { }).finally(() => { refreshing = null; });
  }
  return refreshing;
}

/** The readings, each kept on its own (a failed one is skipped, the others stay), up to the budget in bytes. */
async function keepAudio(urls, budget) {
  if (urls.length === 0 && !(await caches.has(AUDIO))) return;
  const cache = await caches.open(AUDIO);
  const wanted = new Set(urls.map(url => new URL(url, self.location.origin).href));
  let used = 0;
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url)) {
      await cache.delete(request);
    } else {
      used += (await (await cache.match(request)).blob()).size;
    }
  }
  for (const url of urls) {
    if (await cache.match(url)) continue;
    try {
      const file = await get(url);
      const size = Number(file.headers.get('Content-Length')) || 0;
      if (!file.ok || used + size > budget) continue;
      used += size;
      await cache.put(url, file);
    } catch (e) {
      // the next refresh tries again
    }
  }
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

/** A proxy's answer for an app that is down (Caddy: 502), not the app's own busy page, which says what to do. */
function unreachable(answer) {
  return [502, 503, 504].includes(answer.status) && !answer.headers.has('X-Tramso-Busy');
}

/** The offline page, or else what the network said (the proxy's error, or a network error). */
async function offlineAnswer(url, answer) {
  const options = {ignoreVary: true};
  return (await caches.match(offlinePath(url), options)) || (await caches.match(OFFLINE + 'vi/home', options))
      || answer || Response.error();
}

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.searchParams.has('v-r') || url.pathname.startsWith('/VAADIN/')
      || url.pathname === MANIFEST || url.pathname === OFFLINE + 'alive') {
    return;  // the network's, untouched
  }
  if (url.search === '' && (url.pathname === '/kiosk-offline.js' || url.pathname === '/styles/kiosk.css')) {
    // not named by their content: the network's while it answers (a live page runs the current script, not an
    // older copy's), the kept copy's when it does not
    const kept = answer => caches.match(request, {ignoreVary: true}).then(hit => hit || answer || Response.error());
    event.respondWith(fetch(request).then(answer => unreachable(answer) ? kept(answer) : answer, () => kept()));
    return;
  }
  if (url.pathname.startsWith(OFFLINE) || url.pathname.startsWith('/kiosk-assets/') || url.pathname.startsWith('/kiosk-audio/')) {
    // a precached file if it is one (offline pages, content-hashed files); else the network, and nothing kept
    event.respondWith(caches.match(request, {ignoreVary: true}).then(hit => hit || fetch(request)));
    return;
  }
  if (request.mode === 'navigate' && (url.pathname === SCOPE || url.pathname.startsWith(BASE))) {
    event.respondWith(fetch(request).then(answer => unreachable(answer) ? offlineAnswer(url, answer) : answer,
      () => offlineAnswer(url)));
  }
});
