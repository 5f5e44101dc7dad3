package vn.tramso.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Zalo ZNS through the commune's (or province's) Official Account. Without an app id, no message goes
 * by Zalo. The refresh token is needed for the first start only: after that the token pair lives in
 * the database ({@link ZaloTokens}); a new one set here replaces a spent pair once.
 *
 * @param templates the approved template id of each message kind; a kind without one goes by SMS
 */
@ConfigurationProperties("tramso.zalo")
public record ZaloSettings(@DefaultValue("https://business.openapi.zalo.me") String znsBaseUrl,
                           @DefaultValue("https://oauth.zaloapp.com") String oauthBaseUrl, @DefaultValue("") String appId,
                           @DefaultValue("") String secretKey, @DefaultValue("") String refreshToken,
                           @DefaultValue Templates templates) {

    public record Templates(@DefaultValue("") String bookingConfirmed, @DefaultValue("") String bookingReminder,
                            @DefaultValue("") String concernAnswered, @DefaultValue("") String scamAlert,
                            @DefaultValue("") String alertsJoined) {

        String of(MessageKind kind) {
            return switch (kind) {
                case BOOKING_CONFIRMED -> bookingConfirmed;
                case BOOKING_REMINDER -> bookingReminder;
                case CONCERN_ANSWERED -> concernAnswered;
                case SCAM_ALERT -> scamAlert;
                case ALERTS_JOINED -> alertsJoined;
            };
        }
    }

    public ZaloSettings {
        if (!appId.isBlank() && secretKey.isBlank()) {
            throw new IllegalStateException("TRAMSO_ZALO_APP_ID is set but TRAMSO_ZALO_SECRET_KEY is not (tramso.zalo.*)");
        }
    }

    boolean configured() {
        return !appId.isBlank();
    }

    @Override
    public String toString() {
        return "ZaloSettings[app " + appId + "]";
    }
}
