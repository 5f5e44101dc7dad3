package vn.tramso.base;

/**
 * Why an action was refused, in words the person can act on: each feature's reasons (an enum nested
 * in its {@link RefusedException}, or a parser's result) implement it, so a screen shows any refusal
 * the same way and {@code I18nKeysTest} finds every reason's text without a list kept by hand.
 */
public interface Refusal {

    /** The i18n key of the sentence that says the reason ({@code <feature>.refused.<reason>}). */
    String messageKey();
}
