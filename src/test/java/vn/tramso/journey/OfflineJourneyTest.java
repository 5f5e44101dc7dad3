package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.guide.StepVoices;

/**
 * Issue 24: a resident keeps going through a guide when the kiosk cannot reach the server. The
 * kiosk's service worker (kiosk-sw.js) has precached the offline guides; the browser goes offline,
 * and separately the server goes away (a small TCP forwarder between Chromium and the app, closed and
 * opened again); the next steps still show, help gives the team's phone, and the live kiosk comes
 * back by itself. After a booking half typed and the idle reset, the service worker's caches hold
 * the offline manifest's URLs and nothing else; offline pages reset themselves after the idle time.
 */
class OfflineJourneyTest extends BrowserJourney {

    /** Launched as a kiosk's Chromium is (README "Voice", VoicePlaybackJourneyTest), so an offline reading can play. */
    @BeforeAll
    static void launchChromium() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright, "--autoplay-policy=no-user-gesture-required");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    StepVoices voices;

    private static final String OFFLINE = "/kiosk/tra-phuong/offline/vi/";
    private static final Page.WaitForURLOptions FEW_SECONDS = new Page.WaitForURLOptions().setTimeout(10_000);

    /** Waits until the kiosk's service worker has precached the offline guides (it starts when a kiosk page first loads). */
    private void offlineGuidesReady() {
        long until = System.nanoTime() + 45_000_000_000L;
        // the manifest is written last into the copy, once every file is in (kiosk-sw.js)
        while (!Boolean.TRUE.equals(page.evaluate("async () => !!(await caches.match('/kiosk/tra-phuong/offline/manifest.json'))"))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the service worker did not precache the offline guides; caches: "
                        + page.evaluate("() => caches.keys()"));
            }
            page.waitForTimeout(250);
        }
    }

    private void offlineBannerShows() {
        assertThat(page.locator(".offline-banner")).containsText("Mất kết nối – đang dùng bản ngoại tuyến");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> usageEvents() {
        return (List<Map<String, Object>>) page.evaluate("""
                () => new Promise((resolve, reject) => {
                  const open = indexedDB.open('tramso-usage', 2);
                  open.onsuccess = () => {
                    const all = open.result.transaction('events').objectStore('events').getAll();
                    all.onsuccess = () => { open.result.close(); resolve(all.result.sort((a, b) => a.at.localeCompare(b.at))); };
                  };
                  open.onerror = () => reject(open.error);
                })""");
    }

    /** Waits until the service worker holds the step's reading in its audio cache (best effort, after the pages). */
    private void readingKept(String path) {
        long until = System.nanoTime() + 45_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate("""
                async path => {
                  const src = (await (await caches.match(path, {ignoreVary: true})).text()).match(/class="step-audio"[^>]*src="([^"]+)"/);
                  return !!src && !!(await caches.match(src[1]));
                }""", path))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the service worker did not keep the reading of " + path);
            }
            page.waitForTimeout(250);
        }
    }

    private List<String> storedEvents(Object visit) {
        return jdbc.sql("SELECT kind, guide_id, step FROM usage_event WHERE visit = :v ORDER BY at")
                .param("v", visit.toString())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + "/" + (rs.getObject(3) == null ? "-" : rs.getInt(3)))
                .list();
    }

    @Test
    void a_resident_reads_on_while_the_network_is_gone_and_the_live_kiosk_returns() throws Exception {
        voices.prepared().get(2, TimeUnit.MINUTES); // the readings are made in the background at start
        open("/kiosk/tra-phuong/guide/lua-dao/2");
        long opened = System.nanoTime();
        offlineGuidesReady();
        System.out.printf("offline guides precached %d ms after the first kiosk page%n", (System.nanoTime() - opened) / 1_000_000);
        readingKept(OFFLINE + "guide/lua-dao/3");
        List<String> posted = new CopyOnWriteArrayList<>();
        context.onRequest(r -> {
            if (r.url().endsWith("/kiosk/tra-phuong/usage")) {
                posted.add(r.method() + " " + r.headerValue("content-type") + " " + r.postData());
            }
        });

        long lost = System.nanoTime();
        context.setOffline(true);
        page.waitForURL(url(OFFLINE + "guide/lua-dao/2"), FEW_SECONDS);
        System.out.printf("offline page %d ms after the network went%n", (System.nanoTime() - lost) / 1_000_000);
        offlineBannerShows();
        assertThat(page.locator(".step-counter")).hasText("Bước 2 / 5");
        page.locator(".next-button").click();
        assertThat(page.locator(".step-counter")).hasText("Bước 3 / 5");
        picturesLoaded();
        assertThat(page.locator(".step-title")).not().isEmpty();
        screenshot("offline-01-step");
        double nextHeight = page.locator(".next-button").boundingBox().height;
        assertThat(nextHeight).as("Next button height").isGreaterThanOrEqualTo(64);
        assertThat((String) page.evaluate("() => getComputedStyle(document.querySelector('.step-text')).fontSize"))
                .matches(size -> Double.parseDouble(size.replace("px", "")) >= 20, "step text at least 20 px");

        // "Nghe" plays the reading from the service worker's cache (a full 200 answer to the media's Range request)
        page.locator(".listen-button").click();
        page.waitForFunction("() => { const a = document.querySelector('audio.step-audio'); return !a.paused && a.currentTime > 0.5; }",
                null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        page.evaluate("() => document.querySelector('audio.step-audio').pause()");

        page.locator(".help-button").click();
        page.waitForURL(url(OFFLINE + "help"));
        assertThat(page.locator(".offline-help-text")).containsText("Đặt lịch hỗ trợ cần có kết nối mạng");
        assertThat(page.locator(".offline-phone")).hasText("0900 000 001");
        assertThat(page.locator(".offline-contact-name")).hasText("Tổ công nghệ số cộng đồng thôn Trà Phương");
        screenshot("offline-02-help");

        List<Map<String, Object>> events = usageEvents();
        assertThat(events).extracting(e -> e.get("kind") + " " + e.get("guide") + " " + e.get("step"))
                .as("a guide's event always names its step, as the server requires")
                .containsExactlyInAnyOrder("guide-opened lua-dao 2", "step-reached lua-dao 2", "qr-shown lua-dao 2",
                        "step-reached lua-dao 3", "qr-shown lua-dao 3", "listen-played lua-dao 3", "help-asked lua-dao 3");
        Object visit = events.getFirst().get("visit");
        assertThat(events).extracting(e -> e.get("visit")).containsOnly(visit);
        assertThat(events).allSatisfy(e -> assertThat(e.keySet()).containsExactlyInAnyOrder("id", "visit", "kind", "guide", "step", "at"));
        // one the server will never take, oldest so sent first: a guide a content reload removed
        page.evaluate("""
                visit => new Promise((resolve, reject) => {
                  const open = indexedDB.open('tramso-usage', 2);
                  open.onsuccess = () => {
                    const tx = open.result.transaction('events', 'readwrite');
                    tx.objectStore('events').put({id: crypto.randomUUID(), visit: visit, kind: 'step-reached', guide: 'da-bo',
                      step: 1, at: new Date(Date.now() - 60000).toISOString()});
                    tx.oncomplete = () => { open.result.close(); resolve(); };
                    tx.onerror = () => reject(tx.error);
                  };
                })""", visit);
        assertThat(posted).as("nothing sent while offline").isEmpty();

        context.setOffline(false);
        page.waitForURL(url("/kiosk/tra-phuong/book"), new Page.WaitForURLOptions().setTimeout(20_000));
        page.locator(".kiosk-body").waitFor(FIRST_RENDER);
        assertThat(page.locator(".offline-banner")).hasCount(0);
        assertThat(posted).as("refused for the bad event, then sent without it").hasSize(2);
        assertThat(posted.getFirst()).startsWith("POST application/json {\"events\":[").contains("\"guide\":\"da-bo\"");
        assertThat(posted.getLast()).doesNotContain("da-bo").contains("\"kind\":\"help-asked\"");
        assertThat(storedEvents(visit)).as("stored by the real endpoint, times to the second: any order")
                .containsExactlyInAnyOrder("GUIDE_OPENED lua-dao/2", "STEP_REACHED lua-dao/2", "QR_SHOWN lua-dao/2",
                        "STEP_REACHED lua-dao/3", "QR_SHOWN lua-dao/3", "LISTEN_PLAYED lua-dao/3", "HELP_ASKED lua-dao/3");
        assertThat(usageEvents()).as("sent or dropped, so deleted").isEmpty();

        // an event still queued (its send failed on the way back) goes with the next live page, not the next outage
        String left = java.util.UUID.randomUUID().toString();
        page.evaluate("""
                visit => new Promise((resolve, reject) => {
                  const open = indexedDB.open('tramso-usage', 2);
                  open.onsuccess = () => {
                    const tx = open.result.transaction('events', 'readwrite');
                    tx.objectStore('events').put({id: crypto.randomUUID(), visit: visit, kind: 'step-reached', guide: 'lua-dao',
                      step: 4, at: new Date().toISOString()});
                    tx.oncomplete = () => { open.result.close(); resolve(); };
                    tx.onerror = () => reject(tx.error);
                  };
                })""", left);
        page.navigate(url("/kiosk/tra-phuong/guide/lua-dao/1"));
        page.locator(".kiosk-body").waitFor(FIRST_RENDER);
        long until = System.nanoTime() + 15_000_000_000L;
        while (storedEvents(left).isEmpty() && System.nanoTime() < until) {
            page.waitForTimeout(250);
        }
        assertThat(storedEvents(left)).containsExactly("STEP_REACHED lua-dao/4");
        assertThat(usageEvents()).isEmpty();
    }

    @Test
    void the_kiosk_goes_offline_when_the_server_stops_and_comes_back_with_it() throws Exception {
        try (Forwarder forwarder = new Forwarder(port)) {
            String live = "http://localhost:" + forwarder.port() + "/kiosk/tra-phuong/guide/vneid-muc-1/2";
            page.navigate(live);
            page.locator(".kiosk-body").waitFor(FIRST_RENDER);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            settle();
            offlineGuidesReady();

            long stopped = System.nanoTime();
            forwarder.stop();
            page.locator(".next-button").click(); // the tap gets no answer
            page.waitForURL(Pattern.compile("/kiosk/tra-phuong/offline/vi/guide/vneid-muc-1/[23]$"), FEW_SECONDS);
            System.out.printf("offline page %d ms after the server went%n", (System.nanoTime() - stopped) / 1_000_000);
            offlineBannerShows();
            screenshot("offline-03-server-gone");
            page.locator(".next-button").click();
            assertThat(page.locator(".step-counter")).hasText(Pattern.compile("Bước [34] / 6"));

            // the kiosk's browser restarted meanwhile: its start page opens the offline guides
            page.navigate("http://localhost:" + forwarder.port() + "/kiosk/tra-phuong");
            offlineBannerShows();
            page.locator(".offline-guide").first().click();
            assertThat(page.locator(".step-counter")).hasText("Bước 1 / 6");
            page.locator(".next-button").click();
            assertThat(page.locator(".step-counter")).hasText("Bước 2 / 6");
            String step = "2";

            long back = System.nanoTime();
            forwarder.start();
            page.waitForURL("http://localhost:" + forwarder.port() + "/kiosk/tra-phuong/guide/vneid-muc-1/" + step,
                    new Page.WaitForURLOptions().setTimeout(20_000));
            page.locator(".kiosk-body").waitFor(FIRST_RENDER);
            assertThat(page.locator(".step-counter")).hasText("Bước " + step + " / 6");
            System.out.printf("live step %d ms after the server came back%n", (System.nanoTime() - back) / 1_000_000);
            assertThat(page.locator(".offline-banner")).hasCount(0);

            // behind Caddy a stopped app answers 502: a full page load (idle reset, browser restart) shows the
            // offline guides, not the proxy's error page, and the kiosk comes back by itself
            forwarder.badGateway(true);
            page.navigate("http://localhost:" + forwarder.port() + "/kiosk/tra-phuong");
            offlineBannerShows();
            assertThat(page).hasURL("http://localhost:" + forwarder.port() + "/kiosk/tra-phuong");
            assertThat(page.locator(".offline-guide").first()).isVisible();
            screenshot("offline-04-bad-gateway");
            forwarder.badGateway(false);
            page.waitForURL("http://localhost:" + forwarder.port() + "/kiosk/tra-phuong/home",
                    new Page.WaitForURLOptions().setTimeout(20_000));
            page.locator(".kiosk-body").waitFor(FIRST_RENDER);
            assertThat(page.locator(".offline-banner")).hasCount(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void after_the_idle_reset_the_service_worker_keeps_only_the_offline_guides() {
        page.clock().install();
        List<String> fetched = new CopyOnWriteArrayList<>();
        context.onRequest((Request r) -> fetched.add(r.url()));
        open("/kiosk/tra-phuong/guide/vneid-muc-1/2");
        offlineGuidesReady();
        open("/kiosk/tra-phuong/book");
        halfTypeABookingName();
        page.clock().fastForward(121_000);
        page.locator(".idle-continue").waitFor();
        page.clock().fastForward(31_000);
        page.waitForURL(url("/kiosk/tra-phuong"));
        page.locator(".start-button").waitFor(FIRST_RENDER);

        Map<String, Object> caches = (Map<String, Object>) page.evaluate("""
                async () => {
                  const manifest = await (await fetch('/kiosk/tra-phuong/offline/manifest.json', {cache: 'no-store'})).json();
                  const names = await caches.keys();
                  const kept = {};
                  let text = '';
                  for (const name of names) {
                    const cache = await caches.open(name);
                    kept[name] = [];
                    for (const request of await cache.keys()) {
                      const u = new URL(request.url);
                      kept[name].push(u.pathname + u.search);
                      if (name.startsWith('tramso-offline:')) text += await (await cache.match(request)).text();
                    }
                  }
                  return {names: names, kept: kept, manifest: manifest.urls, audio: manifest.audio, version: manifest.version,
                          resident: text.includes('HÔA') || text.includes('syncId') || text.includes('Vaadin-Security-Key')};
                }""");
        String pagesCache = "tramso-offline:tra-phuong:" + caches.get("version");
        Map<String, List<String>> kept = (Map<String, List<String>>) caches.get("kept");
        assertThat((List<String>) caches.get("names")).contains(pagesCache).isSubsetOf(pagesCache, "tramso-offline-audio:tra-phuong");
        Set<String> expected = new java.util.HashSet<>((List<String>) caches.get("manifest"));
        expected.add("/kiosk/tra-phuong/offline/manifest.json"); // written last: the mark of a complete copy
        assertThat(Set.copyOf(kept.get(pagesCache))).isEqualTo(expected);
        assertThat(kept.getOrDefault("tramso-offline-audio:tra-phuong", List.of())).as("readings: only the manifest's")
                .isSubsetOf((List<String>) caches.get("audio"));
        assertThat(kept.values().stream().flatMap(List::stream).toList()).noneMatch(u -> u.contains("v-r=") || u.contains("/VAADIN/")
                || u.contains("/book") || u.contains("/login") || u.contains("/usage"));
        assertThat(caches.get("resident")).as("anything typed or any Vaadin answer in the cached files").isEqualTo(false);
        assertThat(fetched).as("the live kiosk really talked to Vaadin meanwhile").anyMatch(u -> u.contains("v-r=uidl"));

        // a copy whose download stopped half-way (no mark) is completed by the next refresh, and stays the one kept
        page.evaluate("""
                async name => {
                  const cache = await caches.open(name);
                  await cache.delete('/kiosk/tra-phuong/offline/manifest.json');
                  await cache.delete('/kiosk/tra-phuong/offline/vi/guide/lua-dao/5');
                  (await navigator.serviceWorker.ready).active.postMessage('refresh');
                }""", pagesCache);
        long until = System.nanoTime() + 20_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate("""
                async name => {
                  const cache = await caches.open(name);
                  return !!(await cache.match('/kiosk/tra-phuong/offline/manifest.json'))
                      && !!(await cache.match('/kiosk/tra-phuong/offline/vi/guide/lua-dao/5', {ignoreVary: true}));
                }""", pagesCache))) {
            assertThat(System.nanoTime()).as("the incomplete copy completed").isLessThan(until);
            page.waitForTimeout(250);
        }

        // offline, the pages reset themselves too: back to the offline home, a new anonymous visit
        page.waitForFunction("() => window.__kioskOffline && document.querySelector('.kiosk:not(.first-screen)')", null,
                new Page.WaitForFunctionOptions().setTimeout(45_000)); // the engine's screen, not the first paint
        context.setOffline(true);
        page.waitForURL(url(OFFLINE + "home"), FEW_SECONDS);
        page.locator(".offline-guide").first().click();
        assertThat(page.locator(".step-counter")).hasText(Pattern.compile("^Bước 1 / \\d+$"));
        page.clock().fastForward(151_000);
        page.waitForURL(url(OFFLINE + "home"), FEW_SECONDS);
        List<Map<String, Object>> events = usageEvents();
        assertThat(events).extracting(e -> e.get("kind")).contains("guide-opened", "step-reached", "abandoned");
        String visit = events.getFirst().get("visit").toString();
        page.locator(".offline-guide").first().click();
        assertThat(page.locator(".step-counter")).hasText(Pattern.compile("^Bước 1 / \\d+$"));
        assertThat(usageEvents()).extracting(e -> e.get("visit").toString()).as("a new visit after the reset")
                .anyMatch(v -> !v.equals(visit));
    }

    /**
     * A plain TCP relay from a port of its own to the app: closing it is, for the browser, the server going away;
     * in {@link #badGateway} mode it answers every request 502 as Caddy does when the app behind it is down.
     */
    static final class Forwarder implements AutoCloseable {

        private final int target;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private ServerSocket server;
        private int port;
        private volatile boolean badGateway;

        void badGateway(boolean on) {
            badGateway = on;
            open.forEach(Forwarder::quietly); // the browser's kept-alive connections too
            open.clear();
        }

        Forwarder(int target) throws IOException {
            this.target = target;
            start();
        }

        int port() {
            return port;
        }

        void start() throws IOException {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
            port = socket.getLocalPort();
            Thread.ofVirtual().start(() -> accept(socket));
        }

        private void accept(ServerSocket socket) {
            while (!socket.isClosed()) {
                try {
                    Socket browser = socket.accept();
                    if (badGateway) {
                        Thread.ofVirtual().start(() -> answerBadGateway(browser));
                        continue;
                    }
                    Socket app = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(browser);
                    open.add(app);
                    Thread.ofVirtual().start(() -> pipe(browser, app));
                    Thread.ofVirtual().start(() -> pipe(app, browser));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void answerBadGateway(Socket browser) {
            try (browser) {
                InputStream in = browser.getInputStream();
                int matched = 0;
                byte[] end = "\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int b; matched < end.length && (b = in.read()) >= 0; ) {
                    matched = b == end[matched] ? matched + 1 : b == end[0] ? 1 : 0;
                }
                byte[] body = "<html><body>502 Bad Gateway</body></html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                OutputStream out = browser.getOutputStream();
                out.write(("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException ended) {
                // the browser went
            }
        }

        private void pipe(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // either side closed
            } finally {
                quietly(from);
                quietly(to);
            }
        }

        /** Refuses new connections and cuts the open ones, as a stopped server does. */
        void stop() {
            quietly(server);
            open.forEach(Forwarder::quietly);
            open.clear();
        }

        @Override
        public void close() {
            stop();
        }

        private static void quietly(AutoCloseable c) {
            try {
                c.close();
            } catch (Exception alreadyClosed) {
                // nothing to do
            }
        }
    }
}
