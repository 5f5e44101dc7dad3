package vn.tramso.account;

/** An account change refused for a reason its author can act on; nothing was written. */
public class AccountRefusedException extends RuntimeException {

    public enum Reason {
        BAD_USERNAME, USERNAME_TAKEN, BAD_NAME, FORMULA_NAME, NO_PLACE, SELF, WRONG_PASSWORD, WEAK_PASSWORD, SAME_PASSWORD;

        public String messageKey() {
            return "account.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;
    private final String detailKey;

    public AccountRefusedException(Reason reason) {
        this(reason, null);
    }

    /** @param detailKey the i18n key saying more (which password rule was broken), or {@code null} */
    public AccountRefusedException(Reason reason, String detailKey) {
        super(reason.name());
        this.reason = reason;
        this.detailKey = detailKey;
    }

    public Reason reason() {
        return reason;
    }

    /** The i18n key of the message to show. */
    public String messageKey() {
        return detailKey != null ? detailKey : reason.messageKey();
    }
}
