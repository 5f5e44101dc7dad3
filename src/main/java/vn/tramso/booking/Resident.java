package vn.tramso.booking;

import java.util.Optional;
import vn.tramso.base.People;

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

    /** A name of 2 to 80 letters and spaces (see {@link People#name}). */
    public static Optional<String> cleanName(String raw) {
        return People.name(raw);
    }

    /** A Vietnamese mobile number (see {@link People#phone}). */
    public static Optional<String> cleanPhone(String raw) {
        return People.phone(raw);
    }

    /** For the resident's own screens and ticket: 0912 *** 678 (they know their number by its start). */
    public String maskedPhone() {
        return phone == null ? "" : phone.substring(0, 4) + " *** " + phone.substring(7);
    }

    /** For logs: the last three digits only. */
    @Override
    public String toString() {
        return "Resident[" + People.maskedPhone(phone) + "]";
    }
}
