package vn.tramso.household;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A change to households refused for a reason the volunteer can act on; nothing was written. */
public class HouseholdRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        BAD_CODE, CODE_TAKEN, BAD_NAME, FORMULA_HAMLET, FORMULA_ADDRESS, BAD_YEAR, BAD_PHONE, DUPLICATE_MEMBER, BAD_FACT, ERASED, UNKNOWN, NOT_A_LOOKER;

        @Override
        public String messageKey() {
            return "household.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public HouseholdRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
