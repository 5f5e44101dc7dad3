package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.OggOpus;
import vn.tramso.base.VoiceProperties;

/** Every step of the shipped guides read aloud by espeak-ng when content loads, and served as a static file. */
@IntegrationTest
class StepVoicesTest {

    @LocalServerPort
    int port;
    @Autowired
    GuideCatalog catalog;
    @Autowired
    StepVoices voices;
    @Autowired
    VoiceProperties properties;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_step_of_every_kiosks_guides_has_audio_of_more_than_a_second() throws Exception {
        voices.prepared().get(2, TimeUnit.MINUTES); // made in the background at start
        KioskContent content = catalog.content();
        int steps = 0;
        for (KioskSettings kiosk : content.kiosks().values()) {
            for (Guide guide : content.guidesOf(kiosk)) {
                for (int n = 1; n <= guide.stepCount(); n++) {
                    String where = kiosk.id() + " / " + guide.id() + " / " + n;
                    String url = voices.url(kiosk, guide.step(n)).orElseThrow(() -> new AssertionError("no audio for " + where));
                    assertThat(url).as("Ogg Opus: opusenc is installed here").matches("/kiosk-audio/[0-9a-f]{64}\\.opus");
                    Path file = properties.dir().resolve(url.substring(KioskAudio.PATH.length()));
                    assertThat(OggOpus.seconds(Files.readAllBytes(file))).as(where).isGreaterThan(1.0);
                    steps++;
                }
            }
        }
        assertThat(steps).isGreaterThan(40);
    }

    @Test
    void the_audio_is_served_to_any_browser_as_ogg_opus_kept_for_a_year() throws Exception {
        voices.prepared().get(2, TimeUnit.MINUTES);
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        String url = voices.url(kiosk, catalog.content().guide("vneid-muc-2").orElseThrow().step(4)).orElseThrow();

        HttpResponse<byte[]> file = get(url);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).contains("audio/ogg; codecs=opus");
        assertThat(file.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(file.headers().firstValue("Pragma")).isEmpty();
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Set-Cookie")).as("no session made").isEmpty();
        assertThat(new String(file.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("OggS");
        assertThat(OggOpus.seconds(file.body())).isGreaterThan(1.0);
        assertThat(file.body().length).as("a village link: WAV was about 0.5 MB").isLessThan(100_000);
    }

    @Test
    void only_a_file_that_was_made_is_served() throws Exception {
        assertThat(get(KioskAudio.PATH + "0".repeat(64) + ".wav").statusCode()).isEqualTo(404);
        assertThat(get(KioskAudio.PATH + "0".repeat(64) + ".opus").statusCode()).isEqualTo(404);
        assertThat(get(KioskAudio.PATH + "0".repeat(64) + ".html").statusCode()).isEqualTo(404);
        assertThat(get(KioskAudio.PATH + "..%2Fapplication.properties").statusCode()).isNotEqualTo(200);
    }

    @Test
    void a_step_reads_its_title_text_warning_and_tip_with_names_as_people_say_them() {
        GuideStep otp = catalog.content().guide("vneid-muc-2").orElseThrow().step(4);

        String said = StepVoices.said(otp, catalog.content().pronunciations());

        assertThat(said).startsWith("Nhập mã ô tê pê.").contains("Lưu ý: Không bao giờ nói mã ô tê pê").doesNotContain("OTP");
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
