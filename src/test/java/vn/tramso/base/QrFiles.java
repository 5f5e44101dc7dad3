package vn.tramso.base;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code from the SVG file that {@link KioskAssets} serves, as a phone would from the
 * screen: its modules are drawn black on white, 8 pixels each, and ZXing reads the picture.
 */
public final class QrFiles {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 8;

    private QrFiles() {
    }

    /** The text of the QR code at {@code address} ({@code /kiosk-assets/<hash>.svg}), if that file is served and readable. */
    public static Optional<String> read(KioskAssets assets, String address) {
        if (!address.startsWith(KioskAssets.PATH)) {
            return Optional.empty();
        }
        return assets.file(address.substring(KioskAssets.PATH.length())).flatMap(QrFiles::decode);
    }

    public static Optional<String> decode(byte[] file) {
        String svg = new String(file, StandardCharsets.UTF_8);
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            return Optional.empty();
        }
        BufferedImage image = new BufferedImage(Integer.parseInt(box.group(1)) * SCALE, Integer.parseInt(box.group(2)) * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            g.fillRect(Integer.parseInt(module.group(1)) * SCALE, Integer.parseInt(module.group(2)) * SCALE, SCALE, SCALE);
        }
        g.dispose();
        return QrCodes.decode(image);
    }
}
