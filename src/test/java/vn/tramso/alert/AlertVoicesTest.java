package vn.tramso.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.OggOpus;
import vn.tramso.base.VoiceProperties;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * Scam alerts read aloud (issue 24): made in the background when published, through the steps'
 * normaliser; read once per kiosk by an attract screen; the loudspeaker file only for the leaders of
 * the alert's communes. Real espeak-ng, real MariaDB.
 */
@IntegrationTest
class AlertVoicesTest {

    @LocalServerPort
    int port;
    @Autowired
    Alerts alerts;
    @Autowired
    AlertVoices voices;
    @Autowired
    KioskNotices notices;
    @Autowired
    LoudspeakerFiles loudspeaker;
    @Autowired
    LoudspeakerController controller;
    @Autowired
    VoiceProperties properties;
    @Autowired
    GuideCatalog catalog;
    @Autowired
    TestStaff staff;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Places places;
    @Autowired
    AlertStore store;

    /** The alerts a test published, withdrawn after it: other tests expect a kiosk with no alert in force. */
    private final List<Long> published = new ArrayList<>();

    @AfterEach
    void withdrawWhatWasPublished() {
        for (long id : published) {
            staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
        }
    }

    @Test
    void a_published_alert_is_read_aloud_in_the_kiosks_voice_with_names_and_numbers_as_people_say_them() throws Exception {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        long id = publish(tra, "Giả danh công an đòi mã OTP", "Không đọc mã OTP cho ai. Gọi 0900 000 001 nếu nghi ngờ.");

        voices.passed().get(2, TimeUnit.MINUTES); // made in the background after the commit, not when asked
        String url = notices.audio(id, "tra-phuong").orElseThrow(() -> new AssertionError("no audio for the alert"));

        assertThat(url).as("Ogg Opus with opusenc on the machine, WAV without").matches("/kiosk-audio/[0-9a-f]{64}\\.(opus|wav)");
        assertThat(kioskSeconds(url)).isGreaterThan(1.0);
        String said = AlertVoices.kioskText(staff.as("lanhdao.hongquang", () -> alerts.alert(id)), catalog.content().pronunciations());
        assertThat(said).startsWith("Cảnh báo lừa đảo. Giả danh công an đòi mã ô tê pê.")
                .contains("không chín không không, không không không, không không một").doesNotContain("OTP");
        assertThat(get(url, null).statusCode()).as("served like a step's audio").isEqualTo(200);
    }

    @Test
    void an_alert_counts_as_read_at_a_kiosk_only_once_it_played_there_and_then_never_again() throws Exception {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        long id = publish(tra, "Tin nhắn trúng thưởng giả", "Không bấm vào đường link trong tin nhắn trúng thưởng.");
        voices.passed().get(2, TimeUnit.MINUTES);
        KioskNotices.Reading reading = new KioskNotices.Reading(id, notices.audio(id, "tra-phuong").orElseThrow());
        String kiosk = "doc-thu-" + System.nanoTime();

        assertThat(notices.unread(kiosk, tra.id())).as("the first showing offers it").contains(reading);
        assertThat(notices.unread(kiosk, tra.id())).as("not played yet (autoplay refused, a touch first): offered again").contains(reading);
        assertThat(notices.played(id, kiosk)).as("it started playing: recorded").isTrue();
        assertThat(notices.unread(kiosk, tra.id())).as("a reload, or the kiosk's second screen, does not read it").doesNotContain(reading);
        assertThat(notices.played(id, kiosk)).as("a second screen that started it too: told to stop").isFalse();
        assertThat(notices.unread(kiosk + "-khac", tra.id())).as("another kiosk of the commune reads it too").contains(reading);
        Village vanLa = places.village("HN-HV-VAN-LA").orElseThrow();
        assertThat(notices.unread(kiosk + "-van-la", vanLa.id())).as("a kiosk of another commune never").doesNotContain(reading);

        String elsewhere = kiosk + "-nut-khac";
        assertThat(notices.unread(elsewhere, tra.id())).contains(reading);
        assertThat(store.markRead(id, elsewhere, LocalDateTime.now(TestDatabase.CLOCK))).as("played on another node first").isTrue();
        assertThat(notices.played(id, elsewhere)).as("this node's screen stops it").isFalse();

        staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
        assertThat(notices.unread(kiosk + "-sau", tra.id())).as("a withdrawn alert is not read").doesNotContain(reading);
        assertThat(notices.unread(kiosk + "-khac", tra.id())).as("nor by a kiosk that had not played it").doesNotContain(reading);
    }

    @Test
    void the_loudspeaker_file_goes_to_the_leader_of_the_alerts_commune_and_to_nobody_else() throws Exception {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        Village vanLa = places.village("HN-HV-VAN-LA").orElseThrow();
        String otherLeader = "lanhdao.hongvan." + System.nanoTime() % 100_000;
        accounts.leader(otherLeader, "Lãnh đạo xã Hồng Vân (thử)", vanLa.communeId());
        long id = publish(tra, "Giả danh điện lực", "Điện lực không gọi điện đòi tiền cắt điện.");
        voices.passed().get(2, TimeUnit.MINUTES);

        LoudspeakerFiles.LoudspeakerFile file = staff.as("lanhdao.hongquang", () -> loudspeaker.file(id, tra.communeId())).orElseThrow();
        byte[] wav = Files.readAllBytes(file.path());
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(ByteBuffer.wrap(wav, 24, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).as("espeak-ng's full 22 kHz").isEqualTo(22050);
        String kioskUrl = notices.audio(id, "tra-phuong").orElseThrow();
        double kioskSeconds = kioskSeconds(kioskUrl);
        assertThat(seconds(wav)).as("a preface and the alert twice, said slower").isGreaterThan(2 * kioskSeconds);
        assertThat(file.fileName()).startsWith(LocalDateTime.now(TestDatabase.CLOCK).toLocalDate().toString() + "-gia-danh-dien-luc-")
                .endsWith("-xa-hong-quang.wav");
        String said = AlertVoices.announcement(staff.as("lanhdao.hongquang", () -> alerts.alert(id)),
                places.commune(tra.communeId()).orElseThrow(), catalog.content().pronunciations());
        assertThat(said).startsWith("Thông báo của Ủy ban nhân dân xã Hồng Quang.").contains("Xin nhắc lại. Giả danh điện lực.");

        assertThatThrownBy(() -> staff.as(otherLeader, () -> loudspeaker.file(id, tra.communeId())))
                .as("another commune's leader").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as(otherLeader, () -> loudspeaker.file(id, vanLa.communeId())))
                .as("their own commune, which the alert is not for").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("tnv.traphuong", () -> loudspeaker.file(id, tra.communeId())))
                .as("a volunteer of the village").isInstanceOf(AccessDeniedException.class);

        MockHttpServletResponse refused = new MockHttpServletResponse();
        staff.run(otherLeader, () -> download(id, tra.communeId(), refused));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsByteArray()).as("no audio").isEmpty();
        MockHttpServletResponse given = new MockHttpServletResponse();
        staff.run("lanhdao.hongquang", () -> download(id, tra.communeId(), given));
        assertThat(given.getStatus()).isEqualTo(200);
        assertThat(given.getContentType()).isEqualTo("audio/wav");
        assertThat(given.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + file.fileName() + "\"");
        assertThat(given.getContentAsByteArray()).isEqualTo(wav);

        HttpResponse<byte[]> anonymous = get(LoudspeakerFiles.address(id, tra.communeId()), null);
        assertThat(anonymous.statusCode()).as("without signing in").isNotEqualTo(200);
        assertThat(new String(anonymous.body(), 0, Math.min(4, anonymous.body().length), StandardCharsets.US_ASCII)).isNotEqualTo("RIFF");

        staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
        assertThat(staff.as("lanhdao.hongquang", () -> loudspeaker.file(id, tra.communeId()))).as("withdrawn: not for the loudspeaker").isEmpty();
    }

    @Test
    void an_ended_alert_is_no_longer_given_for_the_loudspeaker() throws Exception {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        long id = publish(tra, "Giả danh ngân hàng", "Ngân hàng không gọi điện hỏi mã OTP.");
        voices.passed().get(2, TimeUnit.MINUTES); // the background pass reads the clock too: not while the test moves it
        LocalDateTime ends = staff.as("lanhdao.hongquang", () -> alerts.alert(id)).validTo();

        assertThat(TestDatabase.CLOCK.at(ends.minusSeconds(1), () -> staff.as("lanhdao.hongquang", () -> loudspeaker.file(id, tra.communeId()))))
                .as("its last second").isPresent();
        assertThat(TestDatabase.CLOCK.at(ends, () -> staff.as("lanhdao.hongquang", () -> loudspeaker.file(id, tra.communeId()))))
                .as("ended: not for the loudspeaker").isEmpty();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        TestDatabase.CLOCK.at(ends.plusDays(1), () -> {
            staff.run("lanhdao.hongquang", () -> download(id, tra.communeId(), refused));
            return null;
        });
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsByteArray()).as("no audio").isEmpty();
    }

    @Test
    void a_slug_is_plain_ascii_and_short() {
        assertThat(LoudspeakerFiles.slug("Cảnh báo: Giả danh Điện lực!", 50)).isEqualTo("canh-bao-gia-danh-dien-luc");
        assertThat(LoudspeakerFiles.slug("Một hai ba bốn năm", 12)).isEqualTo("mot-hai-ba");
        assertThat(LoudspeakerFiles.slug("!!!", 12)).isEqualTo("canh-bao");
    }

    private void download(long id, long communeId, MockHttpServletResponse response) {
        try {
            controller.file(id, communeId, response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long publish(Village village, String title, String text) {
        long id = staff.as("lanhdao.hongquang", () -> alerts.publish(title, text, null, LocalDateTime.now(TestDatabase.CLOCK).plusDays(3),
                List.of(village.communeId()), null));
        published.add(id);
        return id;
    }

    /** The length of a kiosk reading, Ogg Opus or WAV. */
    private double kioskSeconds(String url) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(properties.dir().resolve(url.substring(KioskAudio.PATH.length())));
        return url.endsWith(".opus") ? OggOpus.seconds(bytes) : seconds(bytes);
    }

    /** The length of a PCM WAV file: its data bytes over its byte rate (header bytes 28-31). */
    static double seconds(byte[] wav) {
        int byteRate = ByteBuffer.wrap(wav, 28, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return (wav.length - 44) / (double) byteRate;
    }

    private HttpResponse<byte[]> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
