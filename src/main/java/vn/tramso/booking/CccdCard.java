package vn.tramso.booking;

import java.time.LocalDate;

/**
 * What the QR code on a chip ID card (CCCD) says. Only {@link #fullName()} is used, to fill the
 * booking's name; the rest is read to check the card is real and then dropped.
 */
public record CccdCard(String idNumber, String fullName, LocalDate birthDate, boolean female) {

    @Override
    public String toString() {
        return "CccdCard[****]"; // never in logs
    }
}
