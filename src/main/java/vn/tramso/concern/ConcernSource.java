package vn.tramso.concern;

/** Where a concern was heard. */
public enum ConcernSource {
    HOME_VISIT, SESSION, PHONE, KIOSK;

    public String labelKey() {
        return "concern.source." + name().toLowerCase().replace('_', '-');
    }
}
