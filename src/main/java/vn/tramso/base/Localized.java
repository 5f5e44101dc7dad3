package vn.tramso.base;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Vietnamese (always present) with an optional English translation.
 * Content written by commune officers may be partly untranslated: English then falls back to
 * Vietnamese, which residents can still read.
 */
public record Localized(String vi, String en) {

    public static final Locale VIETNAMESE = Locale.of("vi");

    public Localized {
        Objects.requireNonNull(vi, "vi");
    }

    public static Localized vi(String vi) {
        return new Localized(vi, null);
    }

    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null) {
            return en;
        }
        return vi;
    }
}
