package vn.tramso.household;

/** Where a fact about a member came from. */
public enum FactSource {
    /** A help session's outcome (the session is recorded with the fact). */
    SESSION,
    /** A volunteer, by hand. */
    VOLUNTEER,
    /** A household import. */
    IMPORT;

    public String labelKey() {
        return "fact.source." + name().toLowerCase();
    }
}
