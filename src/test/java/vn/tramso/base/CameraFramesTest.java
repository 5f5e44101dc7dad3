package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.tramso.base.CameraFrames.Outcome;

/** Camera frames from an anonymous kiosk page: only small JPEGs are ever decoded. */
class CameraFramesTest {

    @Test
    void a_camera_frame_with_a_qr_code_is_read() throws IOException {
        BufferedImage frame = QrCodes.image("TRAMSO-12345678", 8);

        assertThat(CameraFrames.read(dataUrl(jpeg(frame)))).isEqualTo(new CameraFrames.Result(Outcome.READ, "TRAMSO-12345678"));
    }

    @Test
    void a_68_byte_png_claiming_20000_by_20000_pixels_is_refused_before_decoding() {
        byte[] png = hugePng();
        assertThat(png).hasSize(68);

        assertThat(CameraFrames.read("data:image/png;base64," + Base64.getEncoder().encodeToString(png)).outcome())
                .isEqualTo(Outcome.NOT_JPEG);
        assertThat(CameraFrames.read(dataUrl(png)).outcome()).as("the same PNG labelled as JPEG").isEqualTo(Outcome.NOT_JPEG);
    }

    @Test
    void a_jpeg_whose_header_claims_20000_by_20000_pixels_is_refused_from_its_header() throws IOException {
        byte[] jpeg = jpeg(QrCodes.image("x", 4));
        int sof = sofOffset(jpeg);
        ByteBuffer.wrap(jpeg, sof + 5, 4).putShort((short) 20000).putShort((short) 20000);

        long before = usedHeap();
        CameraFrames.Result result = CameraFrames.read(dataUrl(jpeg));

        assertThat(result.outcome()).isEqualTo(Outcome.TOO_BIG);
        assertThat(usedHeap() - before).as("no 1.6 GB raster was allocated").isLessThan(200_000_000L);
    }

    @Test
    void a_real_frame_wider_than_1280_pixels_is_refused() throws IOException {
        assertThat(CameraFrames.read(dataUrl(jpeg(new BufferedImage(1300, 20, BufferedImage.TYPE_INT_RGB)))).outcome())
                .isEqualTo(Outcome.TOO_BIG);
    }

    @Test
    void a_frame_of_more_than_a_megabyte_is_refused_without_decoding_its_base64() {
        String huge = "data:image/jpeg;base64," + "A".repeat(1_400_000);

        assertThat(CameraFrames.read(huge).outcome()).isEqualTo(Outcome.TOO_BIG);
    }

    @Test
    void damaged_or_empty_frames_are_dropped_quietly() throws IOException {
        byte[] jpeg = jpeg(QrCodes.image("x", 4));
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);

        assertThat(CameraFrames.read("data:image/jpeg;base64,@@@@").outcome()).isEqualTo(Outcome.DAMAGED);
        assertThat(CameraFrames.read(dataUrl(truncated)).outcome()).isIn(Outcome.DAMAGED, Outcome.NO_CODE);
        assertThat(CameraFrames.read(null).outcome()).isEqualTo(Outcome.NOT_JPEG);
        assertThat(CameraFrames.read(dataUrl(jpeg(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB)))).outcome())
                .isEqualTo(Outcome.NO_CODE);
    }

    private static String dataUrl(byte[] bytes) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpeg", out);
        return out.toByteArray();
    }

    /** The offset of the first start-of-frame marker (FF C0 .. FF C2). */
    private static int sofOffset(byte[] jpeg) {
        for (int i = 2; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) >= 0xC0 && (jpeg[i + 1] & 0xff) <= 0xC2) {
                return i;
            }
        }
        throw new AssertionError("no SOF marker");
    }

    /** Signature, an IHDR chunk saying 20000 × 20000 RGBA, an empty IDAT and IEND: 68 bytes. */
    private static byte[] hugePng() {
        ByteBuffer b = ByteBuffer.allocate(68);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(b, "IHDR", ByteBuffer.allocate(13).putInt(20000).putInt(20000).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(b, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00});
        chunk(b, "IEND", new byte[0]);
        return b.array();
    }

    private static void chunk(ByteBuffer b, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
