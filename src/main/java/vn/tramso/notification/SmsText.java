package vn.tramso.notification;

import java.text.Normalizer;
import java.util.Map;
import vn.tramso.base.Text;

/**
 * An SMS text as the gateway sends it, and what it costs. Without diacritics (the default) it is
 * sent in GSM-7: đ → d, ư → u, ấ → a, and what a phone's keyboard types outside GSM-7 becomes its
 * GSM-7 look-alike (’ ‘ → ', “ ” → ", – — → -, … → ..., a non-breaking space → a space) or is
 * dropped (emoji), since a character the alphabet lacks would reach the phone as "?" or make the
 * gateway refuse the text. One part holds 160 GSM-7 characters (153 when joined), against 70 (67)
 * UCS-2 ones with diacritics, so the same message costs about 2.3 times fewer parts.
 */
public final class SmsText {

    /** GSM 03.38's basic alphabet: one septet each. */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38's extension table: an escape septet and the character, so two septets each. */
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    /** Characters phones type that GSM-7 lacks, and what stands in for them. */
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry((int) '\u2018', "'"), Map.entry((int) '\u2019', "'"), Map.entry((int) '\u201A', "'"),
            Map.entry((int) '\u201B', "'"), Map.entry((int) '\u2032', "'"), Map.entry((int) '`', "'"), Map.entry((int) '\u00B4', "'"),
            Map.entry((int) '\u201C', "\""), Map.entry((int) '\u201D', "\""), Map.entry((int) '\u201E', "\""),
            Map.entry((int) '\u201F', "\""), Map.entry((int) '\u2033', "\""), Map.entry((int) '\u00AB', "\""), Map.entry((int) '\u00BB', "\""),
            Map.entry((int) '\u2010', "-"), Map.entry((int) '\u2011', "-"), Map.entry((int) '\u2012', "-"), Map.entry((int) '\u2013', "-"),
            Map.entry((int) '\u2014', "-"), Map.entry((int) '\u2015', "-"), Map.entry((int) '\u2212', "-"), Map.entry((int) '\u2022', "-"),
            Map.entry((int) '\u2026', "..."), Map.entry((int) '\u00B7', "."), Map.entry((int) '\u20AB', "d"), Map.entry((int) '\u00D7', "x"),
            Map.entry((int) '\t', " "), Map.entry((int) '\u00A0', " "), Map.entry((int) '\u202F', " "), Map.entry((int) '\u2007', " "),
            Map.entry((int) '\u3000', " "));

    private SmsText() {
    }

    /**
     * The text in GSM-7: without diacritics (đ → d, ư → u, ấ → a), typographic punctuation and odd
     * spaces replaced by their GSM-7 look-alikes, emoji and invisible characters dropped, and any
     * other character outside GSM-7 (another script) shown as "?", as a phone would show it.
     */
    public static String withoutDiacritics(String text) {
        String decomposed = Text.withoutTones(text);
        StringBuilder gsm = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0) {
                gsm.appendCodePoint(c);
            } else if (LOOK_ALIKES.containsKey(c)) {
                gsm.append(LOOK_ALIKES.get(c));
            } else if (Character.isSpaceChar(c)) {
                gsm.append(' '); // the other Unicode spaces (thin, en, em …)
            } else if (dropped(c)) {
                // emoji, their skin tones and joiners, format and control characters: nothing to show
            } else {
                gsm.append('?');
            }
        });
        return gsm.toString();
    }

    /** The text as the gateway sends it: in GSM-7 ({@link #withoutDiacritics}), or composed (NFC) with diacritics. */
    public static String asSent(String text, boolean unicode) {
        return unicode ? Normalizer.normalize(text, Normalizer.Form.NFC) : withoutDiacritics(text);
    }

    /**
     * How many characters the text takes as sent: GSM-7 septets without diacritics (an extension
     * character, ^ { } \ [ ~ ] | €, takes two), UTF-16 units with them (an emoji takes two), after
     * composing the text (NFC): "ệ" typed as e and two marks is one character, not three.
     */
    public static int length(String text, boolean unicode) {
        String sent = asSent(text, unicode);
        if (unicode) {
            return sent.length();
        }
        int septets = 0;
        for (int i = 0; i < sent.length(); i++) {
            septets += GSM_EXTENSION.indexOf(sent.charAt(i)) >= 0 ? 2 : 1;
        }
        return septets;
    }

    /** How many SMS parts a text costs, sent with diacritics ({@code unicode}) or without. */
    public static int parts(String text, boolean unicode) {
        int length = length(text, unicode);
        int single = unicode ? 70 : 160;
        int joined = unicode ? 67 : 153;
        return length <= single ? 1 : (length + joined - 1) / joined;
    }

    private static boolean dropped(int c) {
        return switch (Character.getType(c)) {
            case Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL, Character.FORMAT, Character.CONTROL, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> false;
        };
    }
}
