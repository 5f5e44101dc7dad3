/* Trạm Số offline guide pages (issue 24; guide.OfflinePages, docs/security.md "Offline guides").
   - While offline, asks the server every few seconds whether it is back (5 s the first two minutes,
     then 30 s, with jitter so many kiosks do not ask at once; also while the browser says it is
     offline, since a kiosk served from localhost still reaches its server); when it answers, sends
     the usage events kept meanwhile and returns to the live page of the same place.
   - Its own idle reset: after the kiosk's idle time without a touch, back to the offline home in the
     kiosk's first language (Vietnamese) with a new visit (these pages hold nothing personal; browser
     storage is cleared as the live reset does).
   - A live kiosk screen loads this script too (base.ui.OfflineSwitch), only to send the events still
     queued, so a send that failed when the connection came back does not wait for the next outage.
   - Anonymous usage events in IndexedDB ('tramso-usage' / 'events', not localStorage, which the idle
     reset clears), at most MOST_KEPT (the oldest dropped beyond), posted to /kiosk/<id>/usage oldest
     first in batches of at most 200, each batch deleted only after a 2xx answer (the server ignores
     an event id it has seen). An event carries its guide's step whenever it has a guide, as the
     server requires. A 400 names the refused event ("event": its place in the batch): it can never
     become valid (a clock far off, a guide cut by a content reload), so it is dropped and the rest
     sent; so one bad event never blocks the queue. */
(() => {
  'use strict';
  const data = document.body.dataset;
  // on a live screen base.ui.OfflineSwitch loads this script only to send what an outage left queued
  const live = !document.body.classList.contains('offline-page');
  const kiosk = live ? window.__kioskOffline && window.__kioskOffline.kiosk : data.kiosk;
  const guide = data.guide || null;
  const step = data.step ? Number(data.step) : null;
  const VISIT = 'tramso.offline.visit';
  const GUIDE = 'tramso.offline.guide';
  const STEP = 'tramso.offline.step';  // the open guide's step shown last
  const MOST_KEPT = 5000;

  // ---- usage events ----
  function database() {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('tramso-usage', 2);
      open.onupgradeneeded = event => {
        const store = event.oldVersion < 1 ? open.result.createObjectStore('events', {keyPath: 'id'})
            : open.transaction.objectStore('events');
        if (!store.indexNames.contains('at')) store.createIndex('at', 'at');  // oldest first
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }

  function transaction(db, mode, work) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction('events', mode);
      const result = work(tx.objectStore('events'));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }

  function visit() {
    let id = sessionStorage.getItem(VISIT);
    if (!id) {
      id = crypto.randomUUID();
      sessionStorage.setItem(VISIT, id);
    }
    return id;
  }

  function record(kind, guideId, stepNumber) {
    const event = {id: crypto.randomUUID(), visit: visit(), kind: kind, guide: guideId, step: stepNumber,
      at: new Date().toISOString()};
    return database().then(db => transaction(db, 'readwrite', store => {
      store.put(event);
      const count = store.count();
      count.onsuccess = () => {  // the ceiling: beyond MOST_KEPT, the oldest go
        let extra = count.result - MOST_KEPT;
        if (extra <= 0) return;
        const oldest = store.index('at').openCursor();
        oldest.onsuccess = () => {
          const cursor = oldest.result;
          if (cursor && extra-- > 0) { cursor.delete(); cursor.continue(); }
        };
      };
    }).finally(() => db.close())).catch(() => { });
  }

  async function sendUsage() {
    const db = await database();
    try {
      for (;;) {
        const events = await transaction(db, 'readonly', store => store.index('at').getAll(null, 200));
        if (!events || events.length === 0) return;
        const answer = await fetch('/kiosk/' + encodeURIComponent(kiosk) + '/usage', {method: 'POST',
          headers: {'Content-Type': 'application/json'}, credentials: 'same-origin', body: JSON.stringify({events: events})});
        let done = events;
        if (answer.status === 400) {
          // the refused event can never become valid: drop it, send the others again; a batch refused as a
          // whole (no event named) is dropped too (it cannot happen with what record() writes)
          const body = await answer.json().catch(() => ({}));
          if (body.refused === 'in-future') return;  // the kiosk's clock runs ahead: valid later, so kept and tried again then
          const refused = body.event;
          if (Number.isInteger(refused) && refused >= 0 && refused < events.length) done = [events[refused]];
        } else if (!answer.ok) {
          return;  // not this kiosk's device, the server busy: try again later
        }
        await transaction(db, 'readwrite', store => done.forEach(e => store.delete(e.id)));
      }
    } finally {
      db.close();
    }
  }

  if (live) {
    if (kiosk) sendUsage().catch(() => { });  // a send that failed on the way back (server busy) is not left for the next outage
    return;
  }

  // what this page is, for the usage figures
  const shown = [];
  // a guide's event always names a step, as the live screens' do (usage.KioskUsage refuses a guide without one)
  const openGuide = () => {
    const open = sessionStorage.getItem(GUIDE);
    const at = Number(sessionStorage.getItem(STEP));
    return open && at >= 1 ? [open, at] : [null, null];
  };
  if (data.kind === 'step') {
    if (sessionStorage.getItem(GUIDE) !== guide) {
      shown.push(['guide-opened', guide, step]);
      sessionStorage.setItem(GUIDE, guide);
    }
    sessionStorage.setItem(STEP, String(step));
    shown.push(['step-reached', guide, step]);
    if (document.querySelector('.qr-code')) shown.push(['qr-shown', guide, step]);
  } else if (data.kind === 'help') {
    shown.push(['help-asked'].concat(openGuide()));
  }
  const written = shown.reduce((done, e) => done.then(() => record(e[0], e[1], e[2])), Promise.resolve());
  const done = document.querySelector('.done-button');
  if (done) {
    done.addEventListener('click', event => {
      event.preventDefault();
      sessionStorage.removeItem(GUIDE);
      sessionStorage.removeItem(STEP);
      written.then(() => record('guide-finished', guide, step)).then(() => location.assign(done.href));
    });
  }
  if (data.kind === 'home') { sessionStorage.removeItem(GUIDE); sessionStorage.removeItem(STEP); }

  // ---- the step read aloud ----
  const listen = document.querySelector('.listen-button');
  const audio = document.querySelector('.step-audio');
  if (listen && audio) {
    // the readings are kept best effort (kiosk-sw.js): "Nghe" only for one this kiosk holds
    if (window.caches) caches.match(audio.src).then(hit => { if (!hit) listen.remove(); }, () => { });
    listen.addEventListener('click', () => {
      audio.currentTime = 0;
      audio.play().catch(() => { });
      record('listen-played', guide, step);
    });
  }

  // ---- idle reset ----
  let idle;
  function arm() {
    clearTimeout(idle);
    idle = setTimeout(reset, Number(data.idle) || 150000);
  }
  async function reset() {
    const [open, at] = openGuide();
    if (open) await record('abandoned', open, at);
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) { }
    location.replace(data.home);
  }
  ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(type =>
    document.addEventListener(type, arm, {capture: true, passive: true}));
  arm();

  // ---- back online ----
  const started = Date.now();
  let probing = false;
  let next;
  async function probe() {
    clearTimeout(next);
    if (probing) return;
    probing = true;
    try {
      // asked even when the browser says it is offline: a kiosk served from localhost still reaches its server
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), 4000);
      const answer = await fetch('/kiosk/' + encodeURIComponent(kiosk) + '/offline/alive',
        {cache: 'no-store', credentials: 'same-origin', signal: abort.signal});
      clearTimeout(timer);
      if (answer.status < 500) {
        await written;
        await Promise.race([sendUsage().catch(() => { }), new Promise(r => setTimeout(r, 5000))]);
        location.replace(data.live);
        return;
      }
    } catch (e) {
      // still unreachable
    } finally {
      probing = false;
    }
    const wait = Date.now() - started < 120000 ? 5000 : 30000;
    next = setTimeout(probe, wait * (0.75 + Math.random() / 2));
  }
  window.addEventListener('online', probe);
  next = setTimeout(probe, 5000);
})();
