package vn.tramso.booking;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The only personal data a booking keeps: a name to call out and, for an appointment, a phone
 * number for the reminder ({@code null} for a walk-in, who is already there). Both are checked
 * here so every way of booking refuses the same bad input.
 */
public record Resident(String name, String phone) {

    public Resident {
        name = cleanName(name).orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.BAD_NAME));
        if (phone != null) {
            phone = cleanPhone(phone).orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.BAD_PHONE));
        }
    }

    public static Resident withoutPhone(String name) {
        return new Resident(name, null);
    }

    /** A name of 2 to 80 letters and spaces, in NFC, single-spaced. */
    public static Optional<String> cleanName(String raw) {
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
    public static Optional<String> cleanPhone(String raw) {
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

    /** For screens and logs: 0912 *** 678. */
    public String maskedPhone() {
        return phone == null ? "" : phone.substring(0, 4) + " *** " + phone.substring(7);
    }

    @Override
    public String toString() {
        return "Resident[" + maskedPhone() + "]";
    }
}
