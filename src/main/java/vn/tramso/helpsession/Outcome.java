package vn.tramso.helpsession;

/** What became of one topic of a session. */
public enum Outcome {
    DONE, STARTED, COULD_NOT;

    public String labelKey() {
        return "session.outcome." + name().toLowerCase().replace('_', '-');
    }

    /** Why a topic was not done: what a commune can act on. */
    public enum Reason {
        NO_CHIP_ID, NO_SMARTPHONE, NO_NETWORK, WAITING_POLICE, SIM_NOT_OWN, FORGOT_LOGIN, NO_TIME, OTHER;

        public String labelKey() {
            return "session.reason." + name().toLowerCase().replace('_', '-');
        }
    }
}
