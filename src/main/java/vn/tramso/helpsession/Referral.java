package vn.tramso.helpsession;

/** Where the resident was sent for what the volunteer could not do. */
public enum Referral {
    NONE, POLICE, ONE_STOP, ELSEWHERE;

    public String labelKey() {
        return "session.referral." + name().toLowerCase().replace('_', '-');
    }

    /** What became of a referral. */
    public enum State {
        OPEN, DONE, DROPPED;

        public String labelKey() {
            return "session.referral-state." + name().toLowerCase();
        }
    }
}
