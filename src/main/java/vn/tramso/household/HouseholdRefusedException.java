package vn.tramso.household;

/** A change to households refused for a reason the volunteer can act on; nothing was written. */
public class HouseholdRefusedException extends RuntimeException {

    public enum Reason {
        BAD_CODE, CODE_TAKEN, BAD_NAME, FORMULA_HAMLET, FORMULA_ADDRESS, BAD_YEAR, BAD_PHONE, DUPLICATE_MEMBER, BAD_FACT, ERASED, UNKNOWN, NOT_A_LOOKER;

        public String messageKey() {
            return "household.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public HouseholdRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
