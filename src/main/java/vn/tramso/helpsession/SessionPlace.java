package vn.tramso.helpsession;

/** Where the help happened. */
public enum SessionPlace {
    CULTURAL_HOUSE, HOME, PHONE, ELSEWHERE;

    public String labelKey() {
        return "session.place." + name().toLowerCase().replace('_', '-');
    }
}
