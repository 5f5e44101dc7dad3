package vn.tramso.concern;

/** What a concern is about; the commune sets a due time for each. */
public enum ConcernCategory {
    ROADS_LIGHTING, LAND_HOUSING, SOCIAL_ALLOWANCE, HEALTH_INSURANCE, ONLINE_SERVICES, SECURITY_SCAMS, ENVIRONMENT, OTHER;

    public String labelKey() {
        return "concern.category." + name().toLowerCase().replace('_', '-');
    }
}
