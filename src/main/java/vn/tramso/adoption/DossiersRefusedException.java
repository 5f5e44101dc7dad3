package vn.tramso.adoption;

/** A commune's dossier figures refused for a reason the leader can act on; nothing was saved. */
public class DossiersRefusedException extends RuntimeException {

    public enum Reason {
        /** The month has not begun yet. */
        FUTURE_MONTH,
        /** A negative count, or one beyond any commune's month. */
        OUT_OF_RANGE,
        /** More dossiers online than received in all. */
        MORE_ONLINE_THAN_RECEIVED;

        public String messageKey() {
            return "dossiers.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public DossiersRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
