package vn.tramso.base;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Person names and phone numbers, checked the same way wherever a person is entered (a booking, a
 * household member, an import), in one place.
 */
public final class People {

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d(?:[ .-]?\\d){5,}");

    private People() {
    }

    /** A name of 2 to 80 letters and spaces, in NFC, single-spaced. */
    public static Optional<String> name(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(raw.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        boolean ok = name.length() >= 2 && name.length() <= 80
                && name.chars().allMatch(c -> Character.isLetter(c) || c == ' ')
                && name.chars().filter(Character::isLetter).count() >= 2;
        return ok ? Optional.of(name) : Optional.empty();
    }

    /** A Vietnamese mobile number: 10 digits starting 03, 05, 07, 08 or 09 (a +84 prefix becomes 0). */
    public static Optional<String> phone(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.\\-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        boolean ok = digits.length() == 10 && digits.chars().allMatch(Character::isDigit)
                && "35789".indexOf(digits.charAt(1)) >= 0 && digits.charAt(0) == '0';
        return ok ? Optional.of(digits) : Optional.empty();
    }

    /** A phone number from a spreadsheet cell, which may have dropped the leading 0 of a number typed as a number. */
    public static Optional<String> phoneFromSheet(String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
        return phone(digits.length() == 9 && "35789".indexOf(digits.charAt(0)) >= 0 ? "0" + digits : digits);
    }

    /**
     * Whether free text holds a run of six digits or more (spaces, dots and dashes between them
     * allowed): an OTP, an ID-card number, a phone number. Notes and concerns refuse such text, so
     * a number typed by habit never reaches the database.
     */
    public static boolean holdsLongNumber(String text) {
        return text != null && LONG_NUMBER.matcher(text).find();
    }

    /** For screens and logs: the last three digits only, "******678". */
    public static String maskedPhone(String phone) {
        return phone == null || phone.length() < 3 ? "" : "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
