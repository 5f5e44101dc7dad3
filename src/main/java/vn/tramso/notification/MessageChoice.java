package vn.tramso.notification;

import java.time.LocalDateTime;

/**
 * One choice a resident made about messages to their phone, as recorded (never changed afterwards).
 *
 * @param communeId the commune whose alerts an {@link Topic#ALERTS} choice is about; null for {@link Topic#ALL}
 * @param wording   the sentence the resident was shown and agreed to
 */
public record MessageChoice(String phone, Topic topic, boolean granted, Long communeId, Long villageId, Via via, Long recordedBy,
                            Long kioskDeviceId, String providerRef, String wording, LocalDateTime recordedAt) {

    public enum Topic {
        /** Scam alerts of one commune by Zalo or SMS: granted is the consent, not granted its withdrawal. */
        ALERTS,
        /** Every message the resident did not ask for right then: not granted is a refusal, granted accepts them again. */
        ALL
    }

    public enum Via {
        /** At a kiosk, the phone typed on its number pad. */
        KIOSK,
        /** Recorded by a volunteer with the resident present. */
        VOLUNTEER,
        /** A reply to the commune's number ("TC"). */
        REPLY;

        public String labelKey() {
            return "message-choices.via." + name().toLowerCase();
        }
    }

    /** What the choice was, in a staff screen's words. */
    public String labelKey() {
        return labelKey(topic, granted);
    }

    public static String labelKey(Topic topic, boolean granted) {
        return "message-choices.was." + topic.name().toLowerCase() + "." + granted;
    }

    @Override
    public String toString() {
        return "MessageChoice[" + Phones.lastDigits(phone, 3) + ", " + topic + ", " + granted + ", " + via + ", " + recordedAt + "]";
    }
}
