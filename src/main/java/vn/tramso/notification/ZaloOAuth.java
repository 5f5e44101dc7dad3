package vn.tramso.notification;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zalo's OAuth endpoint ({@link #PATH}): one call that spends the refresh token for a new pair, and
 * what its answer means. Who may make the call, and when, is {@link ZaloTokens}' decision; storing the
 * pair is {@link ZaloPairWriter}'s.
 */
class ZaloOAuth {

    static final String PATH = "/v4/oa/access_token";

    /** What a renewal brought. */
    sealed interface Answer {
    }

    /** A new pair: the refresh token sent is spent. @param expiresIn the access token's life in seconds */
    record Pair(String accessToken, String refreshToken, long expiresIn) implements Answer {
        @Override
        public String toString() {
            return "Pair[expires in " + expiresIn + " s]";
        }
    }

    /** No pair, and why in a few words for the operator; the refresh token may or may not be spent. */
    record Problem(String text) implements Answer {
    }

    private final ZaloSettings settings;
    private final HttpClient http;

    ZaloOAuth(ZaloSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    Answer exchange(String refreshToken) {
        String form = "refresh_token=" + url(refreshToken) + "&app_id=" + url(settings.appId()) + "&grant_type=refresh_token";
        HttpRequest request = HttpRequest.newBuilder(URI.create(EsmsSender.strip(settings.oauthBaseUrl()) + PATH))
                .timeout(MessageGateways.READ_TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .header("secret_key", settings.secretKey()).POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.statusCode() == 200 ? JsonMapper.shared().readTree(response.body()) : null;
            if (answer != null && !answer.path("access_token").asString("").isBlank()
                    && !answer.path("refresh_token").asString("").isBlank()) {
                return new Pair(answer.path("access_token").asString(), answer.path("refresh_token").asString(),
                        Long.parseLong(answer.path("expires_in").asString("3600").strip()));
            }
            return new Problem(answer == null ? "HTTP " + response.statusCode()
                    : answer.path("error").asString("?") + " " + answer.path("error_name").asString(""));
        } catch (IOException e) {
            // The refresh token may or may not be spent now; nothing more is known.
            return new Problem(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Problem("interrupted");
        }
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
