package vn.tramso.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a message did not go, in words a commune leader understands: read from the reason the outbox
 * stored (the provider's code, as {@link EsmsSender}, {@link ZnsSender} and {@link SmsReceipts} write
 * it). {@link #labelKey()} is the Vietnamese text; {@link #OTHER} shows the stored reason as it is.
 */
public enum FailureReason {
    NUMBER_BLOCKED, BAD_NUMBER, ACCOUNT_KEYS, NO_PRICE_LIST, BALANCE, BRAND_NAME, TYPE_NOT_ALLOWED, TEMPLATE_MISMATCH,
    ADDRESS_NOT_ALLOWED, CARRIER_REJECTED, NOT_DELIVERED, NO_CHANNEL, NODE_STOPPED, NOT_REACHED,
    /** The channels the commune chose for the kind did not reach the phone, and the others were left out on purpose. */
    NOT_BY_CHOSEN_CHANNEL,
    /** The commune chose only channels this installation does not send that kind by. */
    CHOSEN_CHANNEL_NOT_SET_UP,
    OTHER;

    private static final Pattern ESMS_CODE = Pattern.compile("eSMS (\\d+)");

    public String labelKey() {
        return "outbox.reason." + name().toLowerCase().replace('_', '-');
    }

    static FailureReason of(String stored) {
        if (stored.startsWith(FallbackSender.CHOSEN_UNREACHABLE)) {
            return NOT_BY_CHOSEN_CHANNEL;
        }
        if (stored.startsWith(FallbackSender.NONE_SET_UP)) {
            return CHOSEN_CHANNEL_NOT_SET_UP;
        }
        Matcher code = ESMS_CODE.matcher(stored);
        if (code.find()) {
            return switch (code.group(1)) {
                case "99" -> NUMBER_BLOCKED;
                case "108" -> BAD_NUMBER;
                case "101" -> ACCOUNT_KEYS;
                case "102" -> NO_PRICE_LIST;
                case "103" -> BALANCE;
                case "104", "177" -> BRAND_NAME;
                case "118" -> TYPE_NOT_ALLOWED;
                case "146" -> TEMPLATE_MISMATCH;
                case "140" -> ADDRESS_NOT_ALLOWED;
                default -> OTHER;
            };
        }
        if (stored.contains("SendStatus 4")) {
            return CARRIER_REJECTED;
        }
        if (stored.contains("SendStatus")) {
            return NOT_DELIVERED;
        }
        if (stored.startsWith("no channel reaches")) {
            return NO_CHANNEL;
        }
        if (stored.contains("never finished")) {
            return NODE_STOPPED;
        }
        if (stored.contains("not reached") || stored.contains("HTTP") || stored.contains("answer lost")) {
            return NOT_REACHED;
        }
        return OTHER;
    }
}
