package vn.tramso.helpsession;

/** How far the resident got on their own: the 3-point scale of digital-adviser logs. */
public enum Autonomy {
    /** The volunteer did it for them. */
    DONE_FOR_THEM,
    /** They did it with the volunteer's help. */
    WITH_HELP,
    /** They did it alone, the volunteer watching. */
    ALONE;

    public String labelKey() {
        return "session.autonomy." + name().toLowerCase().replace('_', '-');
    }
}
