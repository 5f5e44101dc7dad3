package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * Takes a live kiosk screen to its offline guides when the server cannot be reached, and keeps them
 * ready (issue 24, guide.OfflineGuides). On every kiosk screen it registers the kiosk's service worker
 * ({@code /kiosk-sw.js}, scope {@code /kiosk/<id>}, the kiosk's start page included) once per page load and asks it to check the
 * offline manifest's version. It adds no polling: it listens to the browser's {@code offline} event (which
 * alone does not decide: a kiosk served from {@code http://localhost} keeps its server when the LAN drops) and
 * to Vaadin's connection state, which turns "reconnecting" when a tap or a heartbeat gets no answer
 * (a closed push connection alone does not change it: an idle kiosk switches at the next tap); then one quick check ({@code /kiosk/<id>/offline/alive}, 4 s at most)
 * decides, and the page goes to the offline page of the same guide and step (booking: the offline help
 * page; anything else: the offline home), if the service worker holds it. The offline page comes back
 * by itself (kiosk-offline.js). It also loads kiosk-offline.js, which on a live screen only sends the usage
 * events an outage left queued in the browser.
 */
class OfflineSwitch extends Div {

    private static final String WATCH = """
            const kiosk = $0;
            const o = window.__kioskOffline || (window.__kioskOffline = {});
            if (o.kiosk === kiosk || !('serviceWorker' in navigator) || !window.caches) return;
            o.kiosk = kiosk;
            const scope = '/kiosk/' + kiosk + '/';
            navigator.serviceWorker.register('/kiosk-sw.js', {scope: '/kiosk/' + kiosk}) // the start page /kiosk/<id> too
                .then(r => { if (r.active) r.active.postMessage('refresh'); })
                .catch(() => { });
            if (window.indexedDB) { // sends the usage events an outage left queued (kiosk-offline.js, live mode)
              const sender = document.createElement('script');
              sender.src = '/kiosk-offline.js';
              document.head.appendChild(sender);
            }
            const target = () => {
              const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
              const rest = location.pathname.substring(scope.length);
              const step = rest.match(/^guide\\/([a-z0-9-]+)\\/(\\d+)$/);
              return scope + 'offline/' + lang + '/' + (step ? 'guide/' + step[1] + '/' + step[2] : rest.startsWith('book') ? 'help' : 'home');
            };
            const leave = async () => {
              if (o.leaving) return;
              o.leaving = true;
              try {
                const path = target();
                const options = {ignoreVary: true};
                if (await caches.match(path, options)) { location.replace(path); return; }
                const home = scope + 'offline/vi/home';
                if (await caches.match(home, options)) { location.replace(home); return; }
              } catch (e) { }
              o.leaving = false;
            };
            const check = async () => {
              if (o.checking) return;
              o.checking = true;
              const abort = new AbortController();
              const timer = setTimeout(() => abort.abort(), 4000);
              try {
                const answer = await fetch(scope + 'offline/alive', {cache: 'no-store', credentials: 'same-origin', signal: abort.signal});
                if (answer.status >= 500) await leave();
              } catch (e) {
                await leave();
              } finally {
                clearTimeout(timer);
                o.checking = false;
              }
            };
            // the browser's offline signal only says the network changed: a kiosk served from localhost still
            // reaches its server, so the same quick check decides
            window.addEventListener('offline', check);
            if (navigator.onLine === false) check(); // went offline while this page was starting
            const state = window.Vaadin && window.Vaadin.connectionState;
            if (state && state.addStateChangeListener) {
              state.addStateChangeListener((before, now) => { if (now === 'reconnecting' || now === 'connection-lost') check(); });
            }
            """;

    private final String kiosk;

    OfflineSwitch(String kiosk) {
        this.kiosk = kiosk;
        getStyle().set("display", "none");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().executeJs(WATCH, kiosk);
    }
}
