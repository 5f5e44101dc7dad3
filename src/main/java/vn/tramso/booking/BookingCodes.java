package vn.tramso.booking;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Booking codes: 8 random digits, typed on a number pad or read from the ticket's QR code. The
 * QR code holds {@code TRAMSO-} and the digits, so a ticket is never mistaken for an ID card.
 */
public final class BookingCodes {

    static final String QR_PREFIX = "TRAMSO-";
    /** Digits 1..0 as a French (AZERTY) layout types them when a scanner sends US key codes. */
    private static final String AZERTY_DIGITS = "&é\"'(-è_çà";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    public static String qrPayload(String code) {
        return QR_PREFIX + code;
    }

    public static String display(String code) {
        return code.substring(0, 4) + " " + code.substring(4);
    }

    /**
     * The code in what a resident typed or a scanner sent: the QR payload, the printed form with a
     * space, or digits a keyboard layout turned into symbols. A scanner on a French layout types
     * the digits as {@code &é"'(-è_çà} and mangles the prefix, which is why only its length and
     * first letter are checked.
     */
    public static Optional<String> read(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        String stripped = input.strip();
        String s = stripped.length() == QR_PREFIX.length() + 8 && (stripped.charAt(0) == 'T' || stripped.charAt(0) == 't')
                ? stripped.substring(QR_PREFIX.length()) : stripped;
        return digits(s, false).or(() -> digits(s, true));
    }

    private static Optional<String> digits(String s, boolean dashIsSix) {
        StringBuilder digits = new StringBuilder();
        for (char c : s.toCharArray()) {
            int azerty = AZERTY_DIGITS.indexOf(c);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (azerty >= 0 && (c != '-' || dashIsSix)) {
                digits.append((char) ('0' + (azerty + 1) % 10));
            } else if (c != ' ' && c != '-') {
                return Optional.empty();
            }
        }
        return digits.length() == 8 ? Optional.of(digits.toString()) : Optional.empty();
    }
}
