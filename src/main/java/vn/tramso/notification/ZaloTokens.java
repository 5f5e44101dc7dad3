package vn.tramso.notification;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tramso.base.Hashes;

/**
 * The Zalo Official Account's access token, shared by every app node through the row of
 * {@code zalo_token}. Zalo's refresh token works once and each renewal brings a new pair, so two
 * nodes renewing together would lock the account out. Exactly one renews: the node whose
 * compare-and-set {@code UPDATE … WHERE version = :seen} changes the row (on Galera a losing
 * write either matches no row or fails certification, which counts as lost; no GET_LOCK, no
 * node-local SELECT … FOR UPDATE). It stores the new pair before using it; the others wait for the
 * row to change and read the pair from there. A claim older than {@link #CLAIM} (its node stopped)
 * can be taken again. See docs/decisions/009-message-channels.md.
 */
class ZaloTokens {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);

    static final String PATH = "/v4/oa/access_token";
    /** A token is renewed this long before it runs out (it lives about 25 hours). */
    static final Duration EARLY = Duration.ofMinutes(10);
    /** Longer than a renewal's HTTP call can take (3 s to connect, 10 s to answer). */
    static final Duration CLAIM = Duration.ofSeconds(60);
    /** How long a node waits for another's renewal before the message is left to the next channel. */
    static final Duration WAIT = Duration.ofSeconds(20);

    record Token(String accessToken, long version) {
        @Override
        public String toString() {
            return "Token[version " + version + "]";
        }
    }

    private record Row(String accessToken, String refreshToken, LocalDateTime expiresAt, long version,
                       LocalDateTime renewingUntil, String seededFrom) {

        boolean validAt(LocalDateTime now) {
            return accessToken != null && expiresAt != null && expiresAt.isAfter(now);
        }

        boolean renewingAt(LocalDateTime now) {
            return renewingUntil != null && renewingUntil.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final ZaloSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private final MessageAlerts alerts;
    private volatile boolean seeded;

    ZaloTokens(JdbcClient jdbc, ZaloSettings settings, HttpClient http, Clock clock, MessageAlerts alerts) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.alerts = alerts;
    }

    /** A token to send with: the stored one while it has more than {@link #EARLY} left, else a renewed one. */
    Optional<Token> current() {
        Optional<Row> row = seed();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().validAt(now().plus(EARLY))) {
            return Optional.of(new Token(row.get().accessToken(), row.get().version()));
        }
        return renew(row.get().version());
    }

    /** Zalo refused {@code rejected} (-124): a renewed token, unless another node renewed it meanwhile. */
    Optional<Token> renewedAfter(Token rejected) {
        return renew(rejected.version());
    }

    private Optional<Token> renew(long seen) {
        if (claim(seen)) {
            return exchange(seen + 1);
        }
        return awaitOther(seen);
    }

    private boolean claim(long seen) {
        LocalDateTime now = now();
        try {
            return jdbc.sql("""
                            UPDATE zalo_token SET version = version + 1, renewing_until = :until
                            WHERE id = 1 AND version = :seen AND (renewing_until IS NULL OR renewing_until <= :now)
                            """)
                    .param("until", now.plus(CLAIM)).param("seen", seen).param("now", now).update() == 1;
        } catch (ConcurrencyFailureException e) {
            return false; // another node's write to the row won certification
        }
    }

    /** Spends the stored refresh token for a new pair, and stores the pair before anyone uses it. */
    private Optional<Token> exchange(long claimed) {
        Row row = read().orElseThrow();
        String form = "refresh_token=" + url(row.refreshToken()) + "&app_id=" + url(settings.appId()) + "&grant_type=refresh_token";
        HttpRequest request = HttpRequest.newBuilder(URI.create(EsmsSender.strip(settings.oauthBaseUrl()) + PATH))
                .timeout(MessageGateways.READ_TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .header("secret_key", settings.secretKey()).POST(HttpRequest.BodyPublishers.ofString(form)).build();
        String problem;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.statusCode() == 200 ? JsonMapper.shared().readTree(response.body()) : null;
            if (answer != null && !answer.path("access_token").asString("").isBlank()
                    && !answer.path("refresh_token").asString("").isBlank()) {
                return Optional.of(store(answer));
            }
            problem = answer == null ? "HTTP " + response.statusCode()
                    : answer.path("error").asString("?") + " " + answer.path("error_name").asString("");
        } catch (IOException e) {
            // The refresh token may or may not be spent now; nothing more is known.
            problem = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        alerts.operatorProblem("zalo", "token", "renewing the access token failed: " + problem
                + "; if Zalo says the refresh token is invalid, set a new TRAMSO_ZALO_REFRESH_TOKEN and restart");
        jdbc.sql("UPDATE zalo_token SET version = version + 1, renewing_until = NULL, last_error = :e WHERE id = 1 AND version = :v")
                .param("e", problem.length() > 255 ? problem.substring(0, 255) : problem).param("v", claimed).update();
        return read().filter(r -> r.validAt(now())).map(r -> new Token(r.accessToken(), r.version()));
    }

    /**
     * The new pair is the only one that works now (the old refresh token is spent), so it is stored
     * whatever the row says, and again if a write conflict loses it.
     */
    private Token store(JsonNode answer) {
        LocalDateTime now = now();
        long expiresIn = Long.parseLong(answer.path("expires_in").asString("3600").strip());
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("""
                                UPDATE zalo_token SET access_token = :a, refresh_token = :r, expires_at = :exp, version = version + 1,
                                       renewing_until = NULL, renewed_at = :now, last_error = NULL
                                WHERE id = 1
                                """)
                        .param("a", answer.path("access_token").asString()).param("r", answer.path("refresh_token").asString())
                        .param("exp", now.plusSeconds(expiresIn)).param("now", now).update();
                Row row = read().orElseThrow();
                log.info("Zalo access token renewed (version {}), valid until {}", row.version(), row.expiresAt());
                return new Token(row.accessToken(), row.version());
            } catch (ConcurrencyFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Another node renews: waits until the row has its new pair (or its claim ran out). */
    private Optional<Token> awaitOther(long seen) {
        long until = System.nanoTime() + WAIT.toNanos(); // real time: a test's clock may stand still
        while (true) {
            Row row = read().orElseThrow();
            LocalDateTime now = now();
            if (!row.renewingAt(now)) {
                if (row.version() > seen && row.validAt(now)) {
                    return Optional.of(new Token(row.accessToken(), row.version()));
                }
                if (row.version() == seen || row.renewingUntil() != null) {
                    return claim(row.version()) ? exchange(row.version() + 1) : Optional.empty(); // the renewer stopped
                }
                return Optional.empty(); // renewed but failed: the operator is alerted
            }
            if (System.nanoTime() - until > 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The row, made from TRAMSO_ZALO_REFRESH_TOKEN at the first use, or again when the operator set a new one. */
    private Optional<Row> seed() {
        String given = settings.refreshToken().strip();
        if (!seeded && !given.isEmpty()) {
            String hash = Hashes.sha256(given);
            jdbc.sql("INSERT IGNORE INTO zalo_token (id, refresh_token, seeded_from) VALUES (1, :r, :h)")
                    .param("r", given).param("h", hash).update();
            Row row = read().orElseThrow();
            if (!row.seededFrom().equals(hash)) {
                jdbc.sql("""
                                UPDATE zalo_token SET refresh_token = :r, seeded_from = :h, access_token = NULL, expires_at = NULL,
                                       version = version + 1, renewing_until = NULL
                                WHERE id = 1 AND seeded_from = :old
                                """)
                        .param("r", given).param("h", hash).param("old", row.seededFrom()).update();
                log.info("Zalo token pair replaced by the new TRAMSO_ZALO_REFRESH_TOKEN");
            }
            seeded = true;
        }
        return read();
    }

    private Optional<Row> read() {
        return jdbc.sql("SELECT * FROM zalo_token WHERE id = 1")
                .query((rs, n) -> new Row(rs.getString("access_token"), rs.getString("refresh_token"),
                        rs.getObject("expires_at", LocalDateTime.class), rs.getLong("version"),
                        rs.getObject("renewing_until", LocalDateTime.class), rs.getString("seeded_from")))
                .optional();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
