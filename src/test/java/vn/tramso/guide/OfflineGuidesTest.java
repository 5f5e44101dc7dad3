package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramso.base.Hashes;
import vn.tramso.base.KioskAssets;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.Localized;
import vn.tramso.base.Topic;
import vn.tramso.base.VoiceProperties;

/** The offline guides made from the shipped kiosk-config (issue 24): every step there, escaped, and a complete, versioned manifest. */
class OfflineGuidesTest {

    private static final Pattern URL = Pattern.compile("\"(/[^\"]+)\"");

    @TempDir
    Path temp;

    private KioskConfigFixture config;
    private GuideCatalog catalog;
    private KioskAssets assets;
    private OfflineGuides offline;

    private void load() throws Exception {
        // no espeak-ng there: no readings, so the test needs no voice
        load(new VoiceProperties(temp.resolve("nowhere/espeak-ng").toString(), temp.resolve("voice"), 140));
    }

    private void load(VoiceProperties voice) throws Exception {
        config = config == null ? new KioskConfigFixture(temp) : config;
        catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
        assets = new KioskAssets();
        StepVoices voices = new StepVoices(catalog, new KioskAudio(voice));
        voices.prepared().get(3, java.util.concurrent.TimeUnit.MINUTES);
        offline = new OfflineGuides(catalog, assets, voices);
    }

    /** The manifest's files to precache (its "urls"). */
    private static List<String> urls(String manifest) {
        return list(manifest, "urls");
    }

    private static List<String> list(String manifest, String name) {
        List<String> urls = new ArrayList<>();
        String from = manifest.substring(manifest.indexOf("\"" + name + "\":["));
        Matcher m = URL.matcher(from.substring(0, from.indexOf(']')));
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    /**
     * With real espeak-ng and opusenc (as KioskAudioTest): every Vietnamese step's Opus reading is listed
     * apart from the files to precache, and a recorded voice only when small; WAV readings never.
     */
    @Test
    void only_small_compressed_readings_are_kept_offline_apart_from_the_pages() throws Exception {
        config = new KioskConfigFixture(temp);
        Path small = config.root.resolve("recordings/nho.opus");
        Path large = config.root.resolve("recordings/lon.opus");
        java.nio.file.Files.createDirectories(small.getParent());
        java.nio.file.Files.write(small, StepRecordingsTest.opus("Xin chào, đây là giọng cán bộ xã."));
        byte[] padded = java.util.Arrays.copyOf(StepRecordingsTest.opus("Bước hai."), (int) OfflineGuides.MOST_RECORDING_BYTES + 1);
        java.nio.file.Files.write(large, padded);
        String guideFile = "guides/vneid-muc-2.yaml";
        String image = "    image: police-station.svg";
        config.replace(guideFile, image, image + "\n    audio: recordings/nho.opus");
        String second = config.read(guideFile).substring(config.read(guideFile).indexOf("audio: recordings/nho.opus"));
        Matcher nextImage = Pattern.compile("\n    image: [^\n]+").matcher(second);
        assertThat(nextImage.find()).isTrue();
        config.replace(guideFile, second.substring(0, nextImage.end()), second.substring(0, nextImage.end()) + "\n    audio: recordings/lon.opus");
        Path voiceDir = temp.resolve("voice-opus");
        load(new VoiceProperties("espeak-ng", voiceDir, 140, "opusenc"));

        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        Guide guide = catalog.content().guide("vneid-muc-2").orElseThrow();
        assertThat(guide.step(1).recording()).isEqualTo(small.toAbsolutePath().normalize());
        assertThat(guide.step(2).recording()).isEqualTo(large.toAbsolutePath().normalize());
        String manifest = offline.manifest("tra-phuong").orElseThrow();
        List<String> audio = list(manifest, "audio");
        int steps = catalog.content().guidesOf(kiosk).stream().mapToInt(Guide::stepCount).sum();
        assertThat(audio).as("every step's reading but the large recording").hasSize(steps - 1)
                .allMatch(url -> url.startsWith(KioskAudio.PATH) && url.endsWith(".opus"));
        assertThat(urls(manifest)).noneMatch(url -> url.startsWith(KioskAudio.PATH));
        assertThat(manifest).contains("\"audioBudget\":" + OfflineGuides.AUDIO_BUDGET);
        OfflineGuides.Site site = offline.site("tra-phuong").orElseThrow();
        assertThat(site.pages().get("/kiosk/tra-phuong/offline/vi/guide/vneid-muc-2/1")).contains("listen-button")
                .contains("src=\"" + KioskAudio.PATH + Hashes.sha256(java.nio.file.Files.readAllBytes(small)) + ".opus\"");
        assertThat(site.pages().get("/kiosk/tra-phuong/offline/vi/guide/vneid-muc-2/2")).as("a recording over 256 KB: live only")
                .doesNotContain("listen-button");
        long bytes = 0;
        for (String url : audio) {
            bytes += java.nio.file.Files.size(voiceDir.resolve(url.substring(KioskAudio.PATH.length())));
        }
        System.out.printf("offline readings of tra-phuong: %d Opus files, %d bytes%n", audio.size(), bytes);
        assertThat(bytes).isLessThan(OfflineGuides.AUDIO_BUDGET);

        load(new VoiceProperties("espeak-ng", temp.resolve("voice-wav"), 140, temp.resolve("nowhere/opusenc").toString()));
        assertThat(list(offline.manifest("tra-phuong").orElseThrow(), "audio")).as("WAV readings: the small recording only")
                .containsExactly(KioskAudio.PATH + Hashes.sha256(java.nio.file.Files.readAllBytes(small)) + ".opus");
        assertThat(offline.site("tra-phuong").orElseThrow().pages().get("/kiosk/tra-phuong/offline/vi/guide/vneid-muc-1/1"))
                .doesNotContain("listen-button");
    }

    @Test
    void every_step_of_every_guide_of_a_kiosk_has_a_page_in_each_of_its_languages() throws Exception {
        load();
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        int steps = 0;
        for (Locale locale : kiosk.languages()) {
            for (Guide guide : catalog.content().guidesOf(kiosk)) {
                for (int n = 1; n <= guide.stepCount(); n++) {
                    String path = "/kiosk/tra-phuong/offline/" + locale.getLanguage() + "/guide/" + guide.id() + "/" + n;
                    String page = offline.page("tra-phuong", path).orElseThrow(() -> new AssertionError("no page " + path));
                    assertThat(page).contains(OfflinePages.esc(guide.step(n).title().in(locale)))
                            .contains(OfflinePages.esc(guide.step(n).text().in(locale)))
                            .contains(assets.svg(guide.step(n).illustrationSvg()).src())
                            .contains(n == guide.stepCount() ? "done-button" : "next-button")
                            .contains("back-button");
                    steps++;
                }
            }
            assertThat(offline.page("tra-phuong", "/kiosk/tra-phuong/offline/" + locale.getLanguage() + "/home").orElseThrow())
                    .contains(catalog.content().guidesOf(kiosk).stream().map(g -> OfflinePages.esc(g.title().in(locale))).toList());
        }
        assertThat(steps).isGreaterThan(40);
        String help = offline.page("tra-phuong", "/kiosk/tra-phuong/offline/vi/help").orElseThrow();
        assertThat(help).contains("Mất kết nối – đang dùng bản ngoại tuyến").contains("Đặt lịch hỗ trợ cần có kết nối mạng")
                .contains(kiosk.contactPhone()).contains(OfflinePages.esc(kiosk.contactName().vi()));
        assertThat(offline.page("van-la", "/kiosk/van-la/offline/vi/guide/vneid-muc-1/1")).as("a guide the kiosk does not show").isEmpty();
        assertThat(offline.page("tra-phuong", "/kiosk/tra-phuong/offline/vi/guide/lua-dao/99")).isEmpty();
    }

    @Test
    void the_manifest_lists_every_page_picture_and_qr_code_and_each_is_there_to_fetch() throws Exception {
        load();
        String manifest = offline.manifest("tra-phuong").orElseThrow();
        List<String> urls = urls(manifest);
        OfflineGuides.Site site = offline.site("tra-phuong").orElseThrow();
        assertThat(urls).containsAll(site.pages().keySet()).contains("/kiosk-offline.js", "/styles/kiosk.css").doesNotHaveDuplicates();
        for (String page : site.pages().values()) {
            Matcher src = Pattern.compile("src=\"(/kiosk-assets/[^\"]+)\"").matcher(page);
            while (src.find()) {
                assertThat(urls).contains(src.group(1));
            }
        }
        for (String url : urls) {
            if (url.startsWith(KioskAssets.PATH)) {
                assertThat(assets.file(url.substring(KioskAssets.PATH.length()))).as("file of " + url).isPresent();
            } else if (!url.startsWith("/kiosk/")) {
                assertThat(url).isIn("/kiosk-offline.js", "/styles/kiosk.css");
            } else {
                assertThat(site.pages()).containsKey(url);
            }
        }
        Guide withLink = catalog.content().guidesOf(catalog.kiosk("tra-phuong").orElseThrow()).stream()
                .filter(g -> g.link() != null).findFirst().orElseThrow();
        assertThat(urls).contains(assets.qr(withLink.link()).src());
        assertThat(manifest).contains("\"kiosk\":\"tra-phuong\"").contains("\"version\":\"" + site.version() + "\"");
        assertThat(String.join(" ", urls)).doesNotContain("v-r=").doesNotContain("/VAADIN/").doesNotContain("/book")
                .doesNotContain("/staff").doesNotContain("/usage");
    }

    /** The copy a kiosk fetches once per content change (docs/benchmarks.md, "Offline guides"). */
    @Test
    void the_whole_offline_copy_of_the_shipped_kiosk_stays_small() throws Exception {
        load();
        long bytes = 0;
        int files = 0;
        for (String url : urls(offline.manifest("tra-phuong").orElseThrow())) {
            files++;
            if (url.startsWith(KioskAssets.PATH)) {
                bytes += assets.file(url.substring(KioskAssets.PATH.length())).orElseThrow().length;
            } else if (url.startsWith("/kiosk/")) {
                bytes += offline.site("tra-phuong").orElseThrow().pages().get(url).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            } else {
                bytes += getClass().getClassLoader().getResourceAsStream("META-INF/resources" + url).readAllBytes().length;
            }
        }
        System.out.printf("offline copy of tra-phuong: %d files, %d bytes; manifest %d bytes%n", files, bytes,
                offline.manifest("tra-phuong").orElseThrow().length());
        assertThat(bytes).isLessThan(2_000_000);
        long chars = offline.site("tra-phuong").orElseThrow().pages().values().stream().mapToLong(String::length).sum();
        for (int i = 0; i < 10; i++) {
            offline.build(catalog.content()); // warm up
        }
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            offline.build(catalog.content());
        }
        System.out.printf("pages of tra-phuong: %d characters; building both kiosks' copies: %.1f ms%n", chars,
                (System.nanoTime() - start) / 20 / 1e6);
    }

    @Test
    void the_version_changes_with_the_content_and_only_then() throws Exception {
        load();
        String before = offline.site("tra-phuong").orElseThrow().version();
        String vanLa = offline.site("van-la").orElseThrow().version();
        offline.build(catalog.content());
        assertThat(offline.site("tra-phuong").orElseThrow().version()).as("same content").isEqualTo(before);

        String guide = "guides/vneid-muc-1.yaml";
        String text = config.read(guide);
        Matcher title = Pattern.compile("title:\\s*\\n\\s*vi: (.+)").matcher(text);
        assertThat(title.find()).isTrue();
        config.replace(guide, "vi: " + title.group(1), "vi: " + title.group(1) + " (mới)");
        assertThat(catalog.reload().problems()).isEmpty();
        assertThat(offline.site("tra-phuong").orElseThrow().version()).as("a guide of the kiosk changed").isNotEqualTo(before);
        assertThat(offline.site("van-la").orElseThrow().version()).as("van-la does not show that guide").isEqualTo(vanLa);
    }

    @Test
    void a_kiosk_config_with_more_kiosks_than_are_kept_built_serves_each_its_own_copy() throws Exception {
        config = new KioskConfigFixture(temp);
        String template = config.read("kiosks/van-la.yaml");
        int count = OfflineGuides.KEPT_SITES + 6;
        for (int i = 1; i <= count; i++) {
            String id = "van-la-%03d".formatted(i);
            config.write("kiosks/" + id + ".yaml", template.replace("id: van-la", "id: " + id)
                    .replace("vi: Nhà văn hóa thôn Vân La", "vi: Nhà văn hóa số " + i));
        }
        load();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= count; i++) {
                String id = "van-la-%03d".formatted(i);
                assertThat(offline.manifest(id).orElseThrow()).contains("\"/kiosk/" + id + "/offline/vi/home\"");
                assertThat(offline.page(id, "/kiosk/" + id + "/offline/vi/home").orElseThrow()).contains("Nhà văn hóa số " + i + "<");
            }
        }
        assertThat(offline.site("van-la-001").orElseThrow().version()).as("built again, the same copy")
                .isEqualTo(offline.site("van-la-001").orElseThrow().version());
    }

    @Test
    void text_from_kiosk_config_is_escaped_never_markup() {
        String nasty = "<script>alert('x')</script> & \"trích\" <img src=x onerror=alert(1)>";
        Localized text = new Localized(nasty, nasty);
        GuideStep step = new GuideStep(text, text, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>", text, text, false, null);
        Guide guide = new Guide("g-1", Topic.values()[0], text, text, "https://dichvucong.gov.vn/?a=1&b=\"2\"", List.of(step, step));
        KioskSettings kiosk = new KioskSettings("k-1", "V-1", text, Duration.ofSeconds(120), Duration.ofSeconds(30),
                List.of(Localized.VIETNAMESE, Locale.ENGLISH), List.of("g-1"), text, "0900 000 001", "vi", false, false);
        KioskAssets assets = new KioskAssets();
        OfflinePages.StepMedia media = new OfflinePages.StepMedia(assets.svg(step.illustrationSvg()), assets.qr(guide.link()), Optional.empty());

        for (String page : List.of(OfflinePages.step(kiosk, Localized.VIETNAMESE, guide, 1, media),
                OfflinePages.home(kiosk, Locale.ENGLISH, List.of(guide)), OfflinePages.help(kiosk, Localized.VIETNAMESE))) {
            assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("\"trích\"")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;trích&quot;");
            assertThat(page.split("<script", -1)).as("only the offline script").hasSize(2);
        }
        assertThat(OfflinePages.step(kiosk, Localized.VIETNAMESE, guide, 1, media))
                .contains("dichvucong.gov.vn/?a=1&amp;b=&quot;2&quot;")
                .contains("href=\"/kiosk/k-1/offline/vi/guide/g-1/2\"")
                .contains("data-live=\"/kiosk/k-1/guide/g-1/1\"");
        assertThat(OfflinePages.step(kiosk, Locale.ENGLISH, guide, 2, media))
                .contains("data-live=\"/kiosk/k-1/guide/g-1/2?lang=en\"").contains("data-last").contains("done-button");
    }
}
