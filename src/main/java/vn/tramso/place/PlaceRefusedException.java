package vn.tramso.place;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A change to the place tree refused for a reason the admin can act on; nothing was written. */
public class PlaceRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        BAD_CODE, CODE_TAKEN, BAD_NAME, FORMULA_NAME, FORMULA_ADDRESS, UNKNOWN, HAS_PLACES_IN_USE, HAS_ACTIVE_KIOSK, PARENT_RETIRED;

        @Override
        public String messageKey() {
            return "place.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public PlaceRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
