package vn.tramso.place;

/** A change to the place tree refused for a reason the admin can act on; nothing was written. */
public class PlaceRefusedException extends RuntimeException {

    public enum Reason {
        BAD_CODE, CODE_TAKEN, BAD_NAME, FORMULA_NAME, FORMULA_ADDRESS, UNKNOWN, HAS_PLACES_IN_USE, HAS_ACTIVE_KIOSK, PARENT_RETIRED;

        public String messageKey() {
            return "place.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public PlaceRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
