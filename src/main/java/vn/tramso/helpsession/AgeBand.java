package vn.tramso.helpsession;

/** An anonymous resident's age, roughly: enough to count who is helped, not enough to find them. */
public enum AgeBand {
    UNDER_30, FROM_30, FROM_60, FROM_75;

    public String labelKey() {
        return "session.age." + name().toLowerCase().replace('_', '-');
    }
}
