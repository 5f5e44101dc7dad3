package vn.tramso.booking;

/** How the booking was made: at the kiosk, or by a volunteer for a resident. */
public enum Channel {
    KIOSK, PHONE_CALL, HOME_VISIT, DESK;

    public String labelKey() {
        return "booking.channel." + name().toLowerCase();
    }
}
