package vn.tramso.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.tramso.base.Hashes;
import vn.tramso.base.KioskAssets;

/**
 * Every kiosk's guides as plain offline pages (issue 24), made when kiosk-config loads or reloads and
 * kept in memory ({@link OfflinePages}), with the manifest a kiosk's service worker
 * ({@code /kiosk-sw.js}) precaches: the kiosk's pages in each of its languages, their pictures and QR
 * codes ({@link KioskAssets}, by content hash), the offline script and the kiosk style sheet, and the
 * steps' readings when they are compressed (see {@link #media}). The manifest's version is
 * the hash of all of it, so a kiosk replaces its cache when the content, a reading or a shipped file
 * changes, and only then. Nothing here depends on a resident: the pages are the same for every kiosk
 * browser of a kiosk. docs/security.md ("Offline guides") says what keeps the cache free of anything
 * personal.
 */
@Component
class OfflineGuides {

    /** A kiosk's offline pages by path, and the manifest of everything to precache (the readings apart, best effort). */
    record Site(Map<String, String> pages, List<String> urls, List<String> audio, String version, String manifest) {
    }

    /** The largest recorded voice kept offline: a minute of speech in mp3 or Opus; longer ones play only live. */
    static final long MOST_RECORDING_BYTES = 256 * 1024;
    /**
     * The most audio bytes a kiosk's service worker keeps (it stops adding readings beyond): the shipped
     * kiosk's 45 Opus readings are about 1.5 MB (docs/benchmarks.md, "Offline guides").
     */
    static final long AUDIO_BUDGET = 6L * 1024 * 1024;

    /**
     * How many kiosks' copies are kept built, the least recently asked for first out: a copy is about
     * 0.5 MB of heap (two languages, nine guides), and a province's kiosk-config may name thousands of
     * kiosks, each asking only after a page load (64 copies: about 34 MB). Building one again takes about 10 ms
     * (docs/benchmarks.md, "Offline guides").
     */
    static final int KEPT_SITES = 64;

    private final KioskAssets assets;
    private final StepVoices voices;
    private final String shippedFiles;
    private final Map<String, Site> sites = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Site> eldest) {
            return size() > KEPT_SITES;
        }
    };
    private volatile KioskContent built;
    /** Counts the builds (under the lock): a copy made outside it is kept only if no build came in between. */
    private long generation;

    OfflineGuides(GuideCatalog catalog, KioskAssets assets, StepVoices voices) {
        this.assets = assets;
        this.voices = voices;
        this.shippedFiles = Hashes.sha256(resource("META-INF/resources" + OfflinePages.SCRIPT)
                + resource("META-INF/resources" + OfflinePages.STYLE_SHEET) + resource("META-INF/resources/kiosk-sw.js"));
        build(catalog.content());
        // StepVoices listened first (it is made before this): its readings are under way; build again when they are made
        catalog.onLoad(this::buildNowAndWithReadings);
        voices.prepared().thenRun(() -> rebuildIfCurrent(catalog.content()));
    }

    private void buildNowAndWithReadings(KioskContent content) {
        build(content);
        voices.prepared().thenRun(() -> rebuildIfCurrent(content));
    }

    private synchronized void rebuildIfCurrent(KioskContent content) {
        if (built == content) {
            build(content);
        }
    }

    /** The offline page at {@code path} ({@code /kiosk/<id>/offline/vi/guide/x/2}), if there is one. */
    Optional<String> page(String kiosk, String path) {
        return site(kiosk).map(s -> s.pages().get(path));
    }

    /** The kiosk's manifest (JSON), its pictures made sure of first. */
    Optional<String> manifest(String kiosk) {
        Optional<Site> site = site(kiosk);
        site.ifPresent(s -> keepPictures(kiosk));
        return site.map(Site::manifest);
    }

    /**
     * The kiosk's copy, built now if it is not kept. Built outside the lock (about 10 ms), so a miss never holds up
     * another kiosk's page: two kiosks asking at once for copies not kept each build their own in parallel, and a
     * rare second build of the same copy only costs the time.
     */
    Optional<Site> site(String kiosk) {
        KioskContent content;
        long started;
        synchronized (this) {
            Site kept = sites.get(kiosk);
            if (kept != null) {
                return Optional.of(kept);
            }
            content = built;
            started = generation;
        }
        Optional<KioskSettings> settings = content.kiosk(kiosk);
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Site site = site(settings.get(), content.guidesOf(settings.get()));
        synchronized (this) {
            if (generation == started) { // a rebuild meanwhile (the readings made) would make this copy stale
                sites.putIfAbsent(kiosk, site);
            }
        }
        return Optional.of(site);
    }

    /**
     * Asks {@link KioskAssets} for the pictures again when the manifest is fetched: it keeps the files
     * shown last, and a kiosk that precaches them must find them (after a restart or on another node too).
     */
    private void keepPictures(String kioskId) {
        KioskContent content = built;
        content.kiosk(kioskId).ifPresent(kiosk -> content.guidesOf(kiosk)
                .forEach(guide -> guide.steps().forEach(step -> media(kiosk, guide, step))));
    }

    /** Drops the copies of the previous content and builds the new one's (up to {@link #KEPT_SITES}; the others when asked for). */
    synchronized void build(KioskContent content) {
        built = content;
        generation++;
        sites.clear();
        content.kiosks().values().stream().limit(KEPT_SITES).forEach(kiosk -> sites.put(kiosk.id(), site(kiosk, content.guidesOf(kiosk))));
    }

    private Site site(KioskSettings kiosk, List<Guide> guides) {
        Map<String, String> pages = new HashMap<>();
        TreeSet<String> files = new TreeSet<>(List.of(OfflinePages.SCRIPT, OfflinePages.STYLE_SHEET));
        TreeSet<String> audio = new TreeSet<>();
        for (Locale locale : kiosk.languages()) {
            pages.put(OfflinePages.homePath(kiosk.id(), locale), OfflinePages.home(kiosk, locale, guides));
            pages.put(OfflinePages.helpPath(kiosk.id(), locale), OfflinePages.help(kiosk, locale));
            for (Guide guide : guides) {
                for (int n = 1; n <= guide.stepCount(); n++) {
                    OfflinePages.StepMedia media = media(kiosk, guide, guide.step(n));
                    pages.put(OfflinePages.stepPath(kiosk.id(), locale, guide.id(), n), OfflinePages.step(kiosk, locale, guide, n, media));
                    files.add(media.picture().src());
                    if (media.qr() != null) {
                        files.add(media.qr().src());
                    }
                    media.audio().ifPresent(audio::add);
                }
            }
        }
        TreeSet<String> urls = new TreeSet<>(pages.keySet());
        urls.addAll(files);
        StringBuilder all = new StringBuilder(shippedFiles);
        new TreeSet<>(pages.keySet()).forEach(path -> all.append(path).append('\n').append(pages.get(path)).append('\n'));
        files.forEach(url -> all.append(url).append('\n'));
        audio.forEach(url -> all.append(url).append('\n'));
        String version = Hashes.sha256(all.toString()).substring(0, 16);
        return new Site(Map.copyOf(pages), List.copyOf(urls), List.copyOf(audio), version, manifest(kiosk.id(), version, urls, audio));
    }

    /**
     * A step's picture, QR code and reading. A reading is kept offline only when it is small: espeak-ng's
     * in Ogg Opus (about 30 KB; never {@code .wav}, 0.2-0.5 MB each, about 15 MB for a kiosk's 45 steps
     * on a village link), a recorded voice in a compressed kind of at most {@link #MOST_RECORDING_BYTES}
     * (a recording may be 4 MB). The service worker keeps them in a cache of their own, file by file,
     * up to {@link #AUDIO_BUDGET}; the offline page shows "Nghe" only for a reading it holds.
     */
    private OfflinePages.StepMedia media(KioskSettings kiosk, Guide guide, GuideStep step) {
        Optional<String> audio = voices.url(kiosk, step).filter(url -> keptOffline(url, step.recording()));
        return new OfflinePages.StepMedia(assets.svg(step.illustrationSvg()), guide.link() == null ? null : assets.qr(guide.link()), audio);
    }

    /** @param recording the step's recorded voice in kiosk-config, null for espeak-ng's reading */
    static boolean keptOffline(String url, java.nio.file.Path recording) {
        if (url.endsWith(".wav")) {
            return false;
        }
        if (recording == null) {
            return url.endsWith(".opus");
        }
        try {
            return java.nio.file.Files.size(recording) <= MOST_RECORDING_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code {"kiosk": …, "version": …, "urls": […], "audio": […], "audioBudget": n}}; every string is a kiosk
     * id, a hex hash or a path of ours.
     */
    private static String manifest(String kiosk, String version, TreeSet<String> urls, TreeSet<String> audio) {
        StringBuilder json = new StringBuilder("{\"kiosk\":").append(quote(kiosk)).append(",\"version\":").append(quote(version))
                .append(",\"urls\":");
        list(json, urls).append(",\"audio\":");
        return list(json, audio).append(",\"audioBudget\":").append(AUDIO_BUDGET).append('}').toString();
    }

    private static StringBuilder list(StringBuilder json, TreeSet<String> items) {
        json.append('[');
        String separator = "";
        for (String item : items) {
            json.append(separator).append(quote(item));
            separator = ",";
        }
        return json.append(']');
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String resource(String name) {
        try (InputStream in = OfflineGuides.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
