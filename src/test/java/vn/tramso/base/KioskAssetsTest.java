package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;

/** The kiosk's pictures and QR codes as static files: what a browser with no session gets at their addresses. */
@IntegrationTest
class KioskAssetsTest {

    private static final String LINK = "https://vneid.gov.vn/tra-cuu?buoc=Bước 2";

    @LocalServerPort
    int port;
    @Autowired
    KioskAssets assets;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_qr_code_is_served_by_its_content_hash_to_any_browser_kept_for_a_year_and_still_reads() throws Exception {
        String address = assets.qr(LINK).src();
        assertThat(address).matches("/kiosk-assets/[0-9a-f]{64}\\.svg");
        assertThat(assets.qr(LINK).src()).as("made once per link").isEqualTo(address);

        HttpResponse<byte[]> file = get(address);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(file.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(file.headers().firstValue("Pragma")).isEmpty();
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; style-src 'unsafe-inline'; sandbox");
        assertThat(file.headers().firstValue("Set-Cookie")).as("no session made").isEmpty();
        assertThat(address).contains(Hashes.sha256(new String(file.body(), StandardCharsets.UTF_8)));
        assertThat(QrFiles.decode(file.body())).as("read with ZXing, Vietnamese intact").contains(LINK);
    }

    @Test
    void an_illustration_is_served_as_checked_markup() throws Exception {
        String svg = SvgChecker.sanitise("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");

        HttpResponse<byte[]> file = get(assets.svg(svg).src());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo(svg);
    }

    @Test
    void a_picture_gives_the_size_its_markup_asks_for_so_the_screen_keeps_its_place() {
        String svg = SvgChecker.sanitise("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\"><rect width=\"10\" height=\"10\"/></svg>");

        KioskAssets.Picture picture = assets.svg(svg);

        assertThat(picture.width()).isEqualTo(400);
        assertThat(picture.height()).isEqualTo(300);
        assertThat(assets.svg(svg)).as("the same file for the same markup").isEqualTo(picture);
    }

    @Test
    void the_least_recently_shown_files_go_first_when_the_budget_is_full() {
        KioskAssets small = new KioskAssets(3 * 1024);
        KioskAssets.Picture first = small.svg(square(1));
        KioskAssets.Picture second = small.svg(square(2));
        small.svg(square(1)); // shown again: now the more recent
        small.svg(square(3));

        assertThat(small.file(name(second))).as("the least recently shown, out").isEmpty();
        assertThat(small.file(name(first))).as("shown again, kept").isPresent();
        assertThat(small.svg(square(2)).src()).as("made again when shown again").isEqualTo(second.src());
        assertThat(small.file(name(second))).isPresent();
    }

    /** A checked picture of about 1.2 KB, different for each n. */
    private static String square(int n) {
        return SvgChecker.sanitise("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><desc>" + n + "x".repeat(1200)
                + "</desc><rect width=\"" + n + "\" height=\"10\"/></svg>");
    }

    private static String name(KioskAssets.Picture picture) {
        return picture.src().substring(KioskAssets.PATH.length());
    }

    @Test
    void only_a_known_file_one_level_deep_is_served() throws Exception {
        assertThat(get(KioskAssets.PATH + "0".repeat(64) + ".svg").statusCode()).as("no such file").isEqualTo(404);
        assertThat(get(KioskAssets.PATH + "kiosk.css").statusCode()).as("not a content hash").isEqualTo(404);
        assertThat(get(KioskAssets.PATH + "a/" + "0".repeat(64) + ".svg").statusCode()).as("deeper: not open to everyone")
                .isNotEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
