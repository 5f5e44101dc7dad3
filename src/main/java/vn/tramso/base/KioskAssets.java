package vn.tramso.base;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Pictures the kiosk shows (guide illustrations, alert pictures, QR codes of public links) as static
 * files at an address named by the SHA-256 of their content, {@code /kiosk-assets/<64 hex>.svg}, so a
 * screen holds a short {@code <img src>} instead of the markup, and a browser may keep each file for a
 * year (its content can never change under that name). A screen asks for the picture each time it
 * shows it, which puts the file here: after a restart, or on another node, the first screen that
 * shows it serves it again. The files are the markup base.SvgChecker rebuilt, or a QR code made here,
 * never anything a browser sent. Only for pictures that are the same for everyone: a link meant for
 * one resident stays inline ({@code base.ui.LinkQr}), out of the browser's cache.
 *
 * <p>Kept within {@link #MAX_BYTES} bytes, the least recently shown first out (issue 23, docs/benchmarks.md).
 */
@Component
public class KioskAssets {

    public static final String PATH = "/kiosk-assets/";
    /** The files' total size kept on a node: the shipped guides hold about 1 MB, an alert picture at most 200 KB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.svg");
    private static final Pattern VIEW_BOX = Pattern.compile(
            "<svg\\b[^>]*?\\bviewBox=\"\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*\"");

    /**
     * A picture's address, and the size its markup asks for, so the page keeps its place before the
     * file arrives (no jump under a resident's finger on a slow link).
     */
    public record Picture(String src, int width, int height) {
    }

    private final long maxBytes;
    private final Map<String, Picture> bySource = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, byte[]> files = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public KioskAssets() {
        this(MAX_BYTES);
    }

    KioskAssets(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The picture of {@code svg}, markup already checked by {@link SvgChecker}. */
    public synchronized Picture svg(String svg) {
        Picture known = bySource.get(svg); // a String keeps its hash code: no digest for a picture shown before
        if (known != null && files.get(name(known)) != null) {
            return known;
        }
        Picture picture = keep(svg);
        bySource.put(svg, picture);
        return picture;
    }

    /** A QR code of {@code link} (a real one, ZXing-readable), made once per link while it is shown. */
    public synchronized Picture qr(String link) {
        String key = "qr:" + link;
        Picture known = bySource.get(key);
        if (known != null && files.get(name(known)) != null) {
            return known;
        }
        Picture picture = keep(QrCodes.svg(link));
        bySource.put(key, picture);
        return picture;
    }

    /** The file of this name ({@code <64 hex>.svg}), if it is here. */
    public synchronized Optional<byte[]> file(String name) {
        return NAME.matcher(name).matches() ? Optional.ofNullable(files.get(name)) : Optional.empty();
    }

    private Picture keep(String svg) {
        byte[] content = svg.getBytes(StandardCharsets.UTF_8);
        String name = Hashes.sha256(svg) + ".svg";
        if (files.putIfAbsent(name, content) == null) {
            bytes += content.length;
            trim();
        }
        Matcher size = VIEW_BOX.matcher(svg);
        return size.find()
                ? new Picture(PATH + name, (int) Math.round(Double.parseDouble(size.group(1))), (int) Math.round(Double.parseDouble(size.group(2))))
                : new Picture(PATH + name, 0, 0);
    }

    private void trim() {
        Iterator<Map.Entry<String, byte[]>> eldest = files.entrySet().iterator();
        while (bytes > maxBytes && files.size() > 1) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
        bySource.values().removeIf(p -> !files.containsKey(name(p)));
    }

    private static String name(Picture picture) {
        return picture.src().substring(PATH.length());
    }
}
