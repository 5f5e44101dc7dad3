package vn.tramso.base;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Pictures the kiosk shows (guide illustrations, alert pictures, QR codes of public links) as static
 * files at an address named by the SHA-256 of their content, {@code /kiosk-assets/<64 hex>.svg}, so a
 * screen holds a short {@code <img src>} instead of the markup, and a browser may keep each file for a
 * year (its content can never change under that name). A screen asks for the address each time it
 * shows a picture, which puts the file here: after a restart, or on another node, the first screen
 * that shows it serves it again. The files are the markup base.SvgChecker rebuilt, or a QR code made
 * here, never anything a browser sent. Only for pictures that are the same for everyone: a link meant
 * for one resident stays inline ({@code base.ui.LinkQr}), out of the browser's cache.
 */
@Component
public class KioskAssets {

    public static final String PATH = "/kiosk-assets/";
    /** Files kept; the least recently asked for go first (a screen showing one asks again). */
    static final int MAX_FILES = 2_000;
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.svg");

    private final Map<String, byte[]> files = lru();
    private final Map<String, String> qrCodes = lru();

    /** The address of {@code svg}, markup already checked by {@link SvgChecker}. */
    public String svg(String svg) {
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        String name = Hashes.sha256(svg) + ".svg";
        files.putIfAbsent(name, bytes);
        return PATH + name;
    }

    /** The address of a QR code of {@code link} (a real one, ZXing-readable), made once per link while it is asked for. */
    public String qr(String link) {
        String address = qrCodes.get(link);
        if (address == null || !files.containsKey(address.substring(PATH.length()))) {
            address = svg(QrCodes.svg(link));
            qrCodes.put(link, address);
        }
        return address;
    }

    /** The file of this name ({@code <64 hex>.svg}), if it is here. */
    public Optional<byte[]> file(String name) {
        return NAME.matcher(name).matches() ? Optional.ofNullable(files.get(name)) : Optional.empty();
    }

    private static <V> Map<String, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_FILES;
            }
        });
    }
}
