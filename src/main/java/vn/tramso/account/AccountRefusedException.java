package vn.tramso.account;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** An account change refused for a reason its author can act on; nothing was written. */
public class AccountRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        BAD_USERNAME, USERNAME_TAKEN, BAD_NAME, FORMULA_NAME, NO_PLACE, SELF, WRONG_PASSWORD, WEAK_PASSWORD, SAME_PASSWORD;

        @Override
        public String messageKey() {
            return "account.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final String detailKey;

    public AccountRefusedException(Reason reason) {
        this(reason, null);
    }

    /** @param detailKey the i18n key saying more (which password rule was broken), or {@code null} */
    public AccountRefusedException(Reason reason, String detailKey) {
        super(reason);
        this.detailKey = detailKey;
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /** The i18n key of the message to show: the broken rule's when known, else the reason's. */
    @Override
    public String messageKey() {
        return detailKey != null ? detailKey : super.messageKey();
    }
}
