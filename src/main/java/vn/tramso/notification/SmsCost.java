package vn.tramso.notification;

import org.springframework.stereotype.Component;

/**
 * What an SMS text costs, as the commune pays for it: in parts of 160 characters without
 * diacritics (153 when joined), or of 70 (67) when the installation sends with diacritics
 * ({@code TRAMSO_SMS_UNICODE}). The staff screen that writes an SMS shows it as one types.
 */
@Component
public class SmsCost {

    /** The longest SMS the outbox keeps (notification.body); a longer text is cut to this. */
    public static final int MAX_LENGTH = 480;

    private final SmsSettings settings;

    SmsCost(SmsSettings settings) {
        this.settings = settings;
    }

    /**
     * @param characters how many characters go, as the gateway counts them ({@link SmsText#length}: after
     *                   dropping diacritics when they are dropped, GSM's extension characters as two)
     * @param parts      how many SMS parts the commune pays for
     * @param unicode    whether it goes with diacritics
     */
    public record Parts(int characters, int parts, boolean unicode) {
    }

    public Parts of(String text) {
        boolean unicode = settings.unicode();
        String sent = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        return new Parts(SmsText.length(sent, unicode), SmsText.parts(sent, unicode), unicode);
    }
}
