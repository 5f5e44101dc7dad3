package vn.tramso.base;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR code in one camera frame sent by an anonymous kiosk page. The page sends JPEG
 * frames at most 960 pixels wide; anything else is refused before it costs memory: only a JPEG
 * data URL, at most {@value #MAX_JPEG_BYTES} bytes, whose header claims at most
 * {@value #MAX_SIDE} pixels a side, is decoded. A 68-byte PNG that claims 20000 × 20000 pixels
 * would otherwise make the decoder allocate 1.6 GB. Nothing of a frame is kept.
 */
public final class CameraFrames {

    public static final int MAX_JPEG_BYTES = 1_000_000;
    public static final int MAX_SIDE = 1280;
    private static final String PREFIX = "data:image/jpeg;base64,";

    static {
        ImageIO.setUseCache(false); // decode in memory, never through temporary files
    }

    /** What became of a frame. */
    public enum Outcome { READ, NO_CODE, NOT_JPEG, TOO_BIG, DAMAGED }

    /** The outcome, and the text of the QR code when one was read. */
    public record Result(Outcome outcome, String text) {
        static Result of(Outcome outcome) {
            return new Result(outcome, null);
        }
    }

    private CameraFrames() {
    }

    public static Result read(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PREFIX)) {
            return Result.of(Outcome.NOT_JPEG);
        }
        if (dataUrl.length() - PREFIX.length() > (MAX_JPEG_BYTES + 2) / 3 * 4) {
            return Result.of(Outcome.TOO_BIG);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Result.of(Outcome.DAMAGED);
        }
        if (bytes.length < 4 || (bytes[0] & 0xff) != 0xFF || (bytes[1] & 0xff) != 0xD8) {
            return Result.of(Outcome.NOT_JPEG); // a PNG or anything else labelled as JPEG
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Result.of(Outcome.DAMAGED);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (!"jpeg".equalsIgnoreCase(reader.getFormatName())) {
                    return Result.of(Outcome.NOT_JPEG);
                }
                // The header's size, read before a single pixel is decoded.
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return Result.of(Outcome.TOO_BIG);
                }
                BufferedImage image = reader.read(0);
                return QrCodes.decode(image).map(text -> new Result(Outcome.READ, text)).orElse(Result.of(Outcome.NO_CODE));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Result.of(Outcome.DAMAGED);
        }
    }
}
