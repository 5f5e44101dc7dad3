package vn.tramso.notification;

import java.util.Map;
import java.util.TreeSet;
import vn.tramso.base.People;

/**
 * A message to one resident's phone, as its cause writes it: the text an SMS carries and the
 * parameters of the kind's Zalo template. Which channel carries it is decided when it is sent
 * ({@link MessageGateways}). A message carries only what its purpose needs: never a CCCD number, a
 * sign-in code or a full name (docs/security.md, "Messages to residents' phones").
 *
 * @param recipient    the phone number as the resident gave it (0912…)
 * @param text         the SMS text; sent without diacritics unless {@code TRAMSO_SMS_UNICODE} is set
 * @param templateData the Zalo template's parameters (see {@link MessageKind})
 */
public record Message(MessageKind kind, String recipient, String text, Map<String, String> templateData) {

    public Message {
        templateData = Map.copyOf(templateData);
    }

    /**
     * What a log line may show: the kind, the number's last 3 digits, the text's length and the
     * template's parameter names. Never the whole number, the text or the parameters' values (a
     * booking code, a leader's answer).
     */
    @Override
    public String toString() {
        return "Message[" + kind + ", " + People.maskedPhone(recipient) + ", " + (text == null ? 0 : text.length()) + " characters, "
                + new TreeSet<>(templateData.keySet()) + "]";
    }
}
