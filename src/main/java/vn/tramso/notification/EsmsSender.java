package vn.tramso.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tramso.base.People;

/**
 * SMS brand name through eSMS's JSON API, customer-care type ({@code SmsType} 2). The message's
 * random request id ({@link Notification#requestId()}) is the {@code RequestId}: eSMS refuses a
 * second message with the same one for 24 hours (code 124), so a retry after a lost answer is never
 * a second SMS, and 124 counts as sent. Each
 * {@code CodeResult} is mapped in {@link #outcome}; why each is retried or given up is in
 * docs/decisions/009-message-channels.md.
 */
class EsmsSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(EsmsSender.class);

    static final String PATH = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

    private final SmsSettings settings;
    private final HttpClient http;
    private final Optional<String> callbackUrl;
    private final MessageAlerts alerts;

    EsmsSender(SmsSettings settings, HttpClient http, Optional<String> callbackUrl, MessageAlerts alerts) {
        this.settings = settings;
        this.http = http;
        this.callbackUrl = callbackUrl;
        this.alerts = alerts;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public Outcome send(Notification n) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("ApiKey", settings.esms().apiKey());
        body.put("SecretKey", settings.esms().secretKey());
        body.put("Phone", Phones.local(n.recipient()));
        body.put("Content", SmsText.asSent(n.body(), settings.unicode()));
        body.put("Brandname", settings.brandname());
        body.put("SmsType", "2");
        body.put("IsUnicode", settings.unicode() ? "1" : "0");
        body.put("Sandbox", settings.esms().sandbox() ? "1" : "0");
        body.put("RequestId", n.requestId());
        callbackUrl.ifPresent(url -> body.put("CallbackUrl", url));
        HttpRequest request = HttpRequest.newBuilder(URI.create(strip(settings.esms().baseUrl()) + PATH))
                .timeout(MessageGateways.READ_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Outcome.RetryLater("eSMS not reached: " + e); // the RequestId makes the retry safe
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.RetryLater("interrupted");
        }
        if (response.statusCode() != 200) {
            return new Outcome.RetryLater("eSMS answered HTTP " + response.statusCode());
        }
        JsonNode answer = JsonMapper.shared().readTree(response.body());
        String code = answer.path("CodeResult").asString("");
        String smsId = answer.path("SMSID").asString("");
        Outcome outcome = outcome(code, smsId.isBlank() ? null : smsId, answer.path("ErrorMessage").asString(""));
        log.debug("eSMS message {} to {}: CodeResult {}", n.id(), People.maskedPhone(n.recipient()), code);
        return outcome;
    }

    /**
     * What each answer means for this message. Three groups: accepted (100, and 124: this RequestId was
     * accepted before); wrong for this message or number, so the same request would fail again (given
     * up now); the operator's to fix at eSMS's portal without a restart (103 balance, 140 address not
     * whitelisted: retried with the outbox's back-off, about 2.6 hours in all, so a top-up in time lets
     * them go). Codes not known here are retried, as the outbox retries a lost answer.
     */
    Outcome outcome(String code, String smsId, String error) {
        String what = "eSMS " + code + (error.isBlank() ? "" : " " + error);
        return switch (code) {
            case "100" -> new Outcome.Accepted(NotificationChannel.SMS, smsId);
            case "124" -> new Outcome.Accepted(NotificationChannel.SMS, smsId); // accepted before under this RequestId
            case "99" -> new Outcome.GiveUp(what + ": number blocked");
            case "108" -> new Outcome.GiveUp(what + ": not a phone number eSMS accepts");
            case "101", "102", "104", "118", "146", "177" -> {
                // The account, brand name or template is not set up for this: a retry fails the same way
                // until the operator registers it or sets new keys (a restart). Given up, and alerted.
                alerts.operatorProblem("esms", code, what);
                yield new Outcome.GiveUp(what + switch (code) {
                    case "101" -> ": wrong API key or secret key";
                    case "102" -> ": no price list on the account";
                    case "104" -> ": brand name not registered";
                    case "118" -> ": message type not allowed";
                    case "146" -> ": text does not match a registered customer-care template";
                    default -> ": brand name not registered with this number's carrier";
                });
            }
            case "103", "140" -> {
                alerts.operatorProblem("esms", code, what);
                yield new Outcome.RetryLater(what + (code.equals("103") ? ": balance too low" : ": server address not whitelisted"));
            }
            default -> new Outcome.RetryLater(what);
        };
    }

    static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
