package vn.tramso.notification;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zalo ZNS: the message kind's approved template with the message's parameters, to the Zalo account
 * of the phone number (84… form), with the message's request id as {@code tracking_id}. Answers that mean this
 * phone cannot be reached by Zalo (-108 phone invalid, -110 Zalo too old, -114 inactive or refusing
 * ZNS, -118 no Zalo account) leave the message to the next channel, as do the operator's problems
 * that must not hold a message back (-109 template not approved, -115 out of quota, a token that
 * cannot be had). -124 (token invalid) renews the token once ({@link ZaloTokens}) and sends again;
 * -100 retries later.
 */
class ZnsSender implements NotificationSender {

    static final String PATH = "/message/template";

    private final ZaloSettings settings;
    private final HttpClient http;
    private final ZaloTokens tokens;
    private final MessageAlerts alerts;

    ZnsSender(ZaloSettings settings, HttpClient http, ZaloTokens tokens, MessageAlerts alerts) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
        this.alerts = alerts;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.ZALO;
    }

    @Override
    public Outcome send(Notification n) {
        MessageKind kind = n.message().kind();
        String template = kind == null ? "" : settings.templates().of(kind);
        if (template.isBlank()) {
            return new Outcome.Unreachable("no Zalo template for " + kind);
        }
        Optional<ZaloTokens.Token> token = token(tokens::current);
        if (token.isEmpty()) {
            return new Outcome.Unreachable("no Zalo access token");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", Phones.international(n.recipient()));
        body.put("template_id", template);
        body.put("template_data", n.message().templateData());
        body.put("tracking_id", n.requestId());
        String json = JsonMapper.shared().writeValueAsString(body);
        try {
            JsonNode answer = post(json, token.get());
            if (answer != null && answer.path("error").asInt() == -124) {
                ZaloTokens.Token rejected = token.get();
                token = token(() -> tokens.renewedAfter(rejected));
                if (token.isEmpty()) {
                    return new Outcome.Unreachable("Zalo -124 and no renewed token");
                }
                answer = post(json, token.get());
            }
            if (answer == null) {
                return new Outcome.RetryLater("Zalo answered an HTTP error");
            }
            return outcome(answer);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            // refused, or no answer to the connection itself (a firewall dropping packets): nothing was sent, SMS may carry it now
            return new Outcome.Unreachable("Zalo not reached: " + e);
        } catch (IOException e) {
            return new Outcome.RetryLater("Zalo's answer lost: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.RetryLater("interrupted");
        }
    }

    /**
     * A token, or none when the database cannot give one: nothing went to Zalo then, so the next
     * channel may carry the message (an exception would pin it to Zalo as if it might have gone).
     */
    private static Optional<ZaloTokens.Token> token(Supplier<Optional<ZaloTokens.Token>> source) {
        try {
            return source.get();
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    private JsonNode post(String json, ZaloTokens.Token token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(EsmsSender.strip(settings.znsBaseUrl()) + PATH))
                .timeout(MessageGateways.READ_TIMEOUT).header("Content-Type", "application/json")
                .header("access_token", token.accessToken()).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JsonMapper.shared().readTree(response.body()) : null;
    }

    Outcome outcome(JsonNode answer) {
        int error = answer.path("error").asInt(Integer.MIN_VALUE);
        String what = "Zalo " + error + " " + answer.path("message").asString("");
        return switch (error) {
            case 0 -> new Outcome.Accepted(NotificationChannel.ZALO, answer.path("data").path("msg_id").asString(null));
            case -100 -> new Outcome.RetryLater(what);
            case -108, -110, -114, -118 -> new Outcome.Unreachable(what);
            case -109, -115, -124 -> {
                alerts.operatorProblem("zalo", String.valueOf(error), what);
                yield new Outcome.Unreachable(what);
            }
            default -> new Outcome.Unreachable(what);
        };
    }
}
