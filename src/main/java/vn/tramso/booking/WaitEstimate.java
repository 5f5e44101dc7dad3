package vn.tramso.booking;

/** The wait a resident is told: people ahead, shared among the volunteers on duty. */
public final class WaitEstimate {

    /** Minutes of help assumed until the village has finished a few sessions. */
    public static final int DEFAULT_MINUTES_PER_RESIDENT = 15;

    private WaitEstimate() {
    }

    /**
     * @param ahead                residents waiting before this one
     * @param volunteers           volunteers on duty (at least one is assumed)
     * @param minutesPerResident   average length of a help session
     * @return minutes, rounded up to 5; 0 when nobody is ahead
     */
    public static int minutes(int ahead, int volunteers, int minutesPerResident) {
        if (ahead <= 0) {
            return 0;
        }
        int rounds = (ahead + Math.max(1, volunteers) - 1) / Math.max(1, volunteers);
        int minutes = rounds * Math.max(1, minutesPerResident);
        return (minutes + 4) / 5 * 5;
    }
}
