package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tramso.base.QrCodes;

/**
 * The kiosk camera reads an ID card: Chromium's fake camera plays a video made from the QR code
 * of a (made-up) CCCD card, and after the resident consents, the name on the card fills the
 * booking.
 */
class IdCardCameraJourneyTest extends BrowserJourney {

    static final String CARD = "033156001234|123456789|Nguyễn Thị Lan|12031956|Nữ|Thôn Trà Phương, Hồng Quang, Hưng Yên|15082021";

    @BeforeAll
    static void chromiumWithAFakeCamera() throws IOException {
        Path video = Paths.get("target", "fake-camera-cccd.y4m");
        writeY4m(video, QrCodes.image(CARD, 6));
        browser.close();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-quic",
                        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                        "--use-file-for-fake-video-capture=" + video.toAbsolutePath())));
    }

    @Test
    void after_consent_the_camera_reads_the_card_and_fills_in_the_name() {
        context.grantPermissions(List.of("camera"));
        open("/kiosk/tra-phuong/home");
        page.locator(".book-tile").click();
        page.locator(".topic-choice.topic-vneid").click();
        page.locator(".day-choice").first().click();
        page.locator(".time-choice:not([disabled])").first().click();
        page.locator(".scan-choice").click();
        assertThat(page.locator("h1")).hasText("Bạn đồng ý cho đọc thẻ?");
        assertThat(page.locator("video")).hasCount(0);

        page.locator(".consent-agree").click();
        assertThat(page.locator("h1")).hasText("Đây có phải tên bạn không?");
        assertThat(page.locator(".card-name")).hasText("Nguyễn Thị Lan");
        assertThat(page.locator("video")).hasCount(0);
        page.waitForFunction("() => Object.keys(window.__qrScanners).length === 0"); // camera tracks stopped
        screenshot("25-name-from-card");
    }

    /** A few frames of the picture, centred on white, as a YUV4MPEG2 (4:2:0) video that Chromium loops. */
    static void writeY4m(Path file, BufferedImage qr) throws IOException {
        int w = 640;
        int h = 480;
        BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(qr, (w - qr.getWidth()) / 2, (h - qr.getHeight()) / 2, null);
        g.dispose();
        byte[] y = new byte[w * h];
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                int rgb = frame.getRGB(col, row);
                int luma = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                y[row * w + col] = (byte) luma;
            }
        }
        byte[] chroma = new byte[(w / 2) * (h / 2)];
        java.util.Arrays.fill(chroma, (byte) 128);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + w + " H" + h + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 10; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(y);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
