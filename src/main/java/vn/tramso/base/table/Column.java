package vn.tramso.base.table;

import java.util.Locale;
import vn.tramso.base.Text;

/**
 * A column of an import or export file, by its Vietnamese header. Headers are matched loosely, so
 * "Mã thôn", "ma thon" and "MA_THON" are the same column.
 */
public record Column(String header, boolean required) {

    public static Column required(String header) {
        return new Column(header, true);
    }

    public static Column optional(String header) {
        return new Column(header, false);
    }

    /** The header without case, tones, marks or separators: "Mã thôn" → "mathon". */
    public String key() {
        return key(header);
    }

    static String key(String header) {
        String plain = Text.withoutTones(header);
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
