package vn.tramso.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The app's translations ({@code vaadin-i18n/translations_*.properties}) for text made outside a
 * Vaadin screen: plain HTML pages, SMS messages. Same files and format as {@code getTranslation}.
 */
public final class Messages {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Messages() {
    }

    public static String vi(String key, Object... args) {
        return in(Localized.VIETNAMESE, key, args);
    }

    public static String in(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
