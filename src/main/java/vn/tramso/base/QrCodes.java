package vn.tramso.base;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** QR codes with ZXing, always UTF-8 so Vietnamese text survives the round trip. */
public final class QrCodes {

    private static final int QUIET_ZONE = 2;

    private QrCodes() {
    }

    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code (too long?): " + text.length() + " characters", e);
        }
    }

    /**
     * The QR code as inline SVG markup: black modules on white, one path, crisp at any size.
     *
     * @param label the accessible name of the image
     */
    public static String svg(String text, String label) {
        return markup(text, " role=\"img\" aria-label=\"" + escape(label) + "\"");
    }

    /** The QR code as an SVG file, for an {@code <img>} that carries the accessible name. */
    public static String svg(String text) {
        return markup(text, "");
    }

    private static String markup(String text, String attributes) {
        BitMatrix m = matrix(text);
        StringBuilder path = new StringBuilder(m.getWidth() * m.getHeight() / 2 * 10);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"" + attributes + " viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    public static BufferedImage image(String text, int pixelsPerModule) {
        BitMatrix m = matrix(text);
        BitMatrix scaled = new BitMatrix(m.getWidth() * pixelsPerModule, m.getHeight() * pixelsPerModule);
        for (int y = 0; y < scaled.getHeight(); y++) {
            for (int x = 0; x < scaled.getWidth(); x++) {
                if (m.get(x / pixelsPerModule, y / pixelsPerModule)) {
                    scaled.set(x, y);
                }
            }
        }
        return MatrixToImageWriter.toBufferedImage(scaled);
    }

    /** Finds and reads a QR code anywhere in the image (a photo, a screenshot). */
    public static Optional<String> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(
                    DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return Optional.empty();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
