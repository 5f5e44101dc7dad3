package vn.tramso.adoption;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A commune's dossier figures refused for a reason the leader can act on; nothing was saved. */
public class DossiersRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        /** The month has not begun yet. */
        FUTURE_MONTH,
        /** A negative count, or one beyond any commune's month. */
        OUT_OF_RANGE,
        /** More dossiers online than received in all. */
        MORE_ONLINE_THAN_RECEIVED;

        @Override
        public String messageKey() {
            return "dossiers.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public DossiersRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
