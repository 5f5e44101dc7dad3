package vn.tramso.notification;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which gateways carry the messages, from the environment: Zalo ZNS when {@code TRAMSO_ZALO_APP_ID}
 * is set, eSMS when {@code TRAMSO_SMS_GATEWAY=esms}, in {@link NotificationSettings#channelOrder()};
 * with neither, messages are only noted in the log. With Zalo and no SMS gateway, what Zalo cannot
 * carry is given up, with Zalo's reason (never marked sent by the log: a commune must see that a
 * resident without Zalo got nothing). {@code @ConditionalOnMissingBean} lets a test put in its own sender; under
 * Spring AOT (the production jar, issue 23) it was decided at build time, where no other sender exists: the same
 * answer as at any production start, so it needs no check at start (base.AotBuildValues).
 */
@Configuration
@EnableConfigurationProperties({SmsSettings.class, ZaloSettings.class})
class MessageGateways {

    private static final Logger log = LoggerFactory.getLogger(MessageGateways.class);

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    static HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Bean
    @ConditionalOnMissingBean
    NotificationSender notificationSender(SmsSettings sms, ZaloSettings zalo, NotificationSettings settings, SmsReceipts receipts,
                                          ZaloTokenStore tokens, Clock clock, MessageAlerts alerts) {
        HttpClient http = httpClient();
        SequencedMap<NotificationChannel, NotificationSender> channels = new LinkedHashMap<>();
        for (NotificationChannel channel : settings.channelOrder()) {
            if (channel == NotificationChannel.ZALO && zalo.configured()) {
                channels.put(channel, new ZnsSender(zalo, http, new ZaloTokens(tokens, zalo, http, clock, alerts), alerts));
            } else if (channel == NotificationChannel.SMS && sms.gateway() == SmsSettings.Gateway.ESMS) {
                channels.put(channel, new EsmsSender(sms, http, receipts.callbackUrl(), alerts));
            }
        }
        if (channels.isEmpty()) {
            log.info("Messages go by [LOG]: no gateway configured");
            return new LoggingSender();
        }
        log.info("Messages go by {}{}", channels.sequencedKeySet(), sms.esms().sandbox() && channels.containsKey(NotificationChannel.SMS)
                ? " (eSMS sandbox: checked, not sent)" : "");
        // Even one channel goes through FallbackSender: it keeps a message pinned to a channel no longer configured from another.
        return new FallbackSender(channels);
    }
}
