package vn.tramso.rating;

/** Where an answer was given. */
public enum RatingChannel {
    /** On the village's kiosk. */
    KIOSK,
    /** On the volunteer's phone or tablet, handed to the resident. */
    STAFF_DEVICE,
    /** On the resident's own phone, through the single-use link of their ticket or receipt. */
    OWN_PHONE,
    /** On any phone, through the public QR code on the kiosk. */
    PUBLIC_QR;

    public String labelKey() {
        return "rating.channel." + name().toLowerCase().replace('_', '-');
    }
}
