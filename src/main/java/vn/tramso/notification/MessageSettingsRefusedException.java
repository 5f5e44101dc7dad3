package vn.tramso.notification;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A commune's message settings refused for a reason the leader can act on; nothing was saved. */
public class MessageSettingsRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        /** A daily budget below 0 or above {@link CommuneMessages#MAX_BUDGET}. */
        BUDGET;

        @Override
        public String messageKey() {
            return "message-settings.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    MessageSettingsRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
