package vn.tramso.notification;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import vn.tramso.base.Hashes;

/**
 * The Zalo Official Account's access token, shared by every app node through the row of
 * {@code zalo_token}. Zalo's refresh token works once and each renewal brings a new pair, so two
 * nodes renewing together would lock the account out. Exactly one renews: the node whose
 * compare-and-set {@code UPDATE … WHERE version = :seen} changes the row (on Galera a losing
 * write either matches no row or fails certification, which counts as lost; no GET_LOCK, no
 * node-local SELECT … FOR UPDATE). It asks Zalo for a new pair ({@link ZaloOAuth}) and stores it
 * before using it, retrying the write on any database failure for {@link ZaloPairWriter#STORE_FOR}
 * (the refresh token is spent: the new pair is the only one that works); the others wait for the row
 * to change and read the pair from there. A claim older than {@link #CLAIM} (its node stopped) can be
 * taken again; claims are written and compared with the database's clock, so nodes whose clocks
 * differ agree on when one ran out. After a failed renewal this node tries none for
 * {@link #PAUSE_AFTER_FAILURE}. See docs/decisions/009-message-channels.md.
 */
class ZaloTokens {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);

    /** A token is renewed this long before it runs out (it lives about 25 hours). */
    static final Duration EARLY = Duration.ofMinutes(10);
    /** Longer than a renewal's HTTP call can take (3 s to connect, 10 s to answer). */
    static final Duration CLAIM = Duration.ofSeconds(60);
    /** How long a node waits for another's renewal before the message is left to the next channel. */
    static final Duration WAIT = Duration.ofSeconds(20);
    /** After a failed renewal, this node tries none for this long: the messages go by SMS meanwhile. */
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofMinutes(1);

    record Token(String accessToken, long version) {
        @Override
        public String toString() {
            return "Token[version " + version + "]";
        }
    }

    /** @param renewing whether a claim runs now, by the database's clock */
    record Row(String accessToken, String refreshToken, LocalDateTime expiresAt, long version,
               LocalDateTime renewingUntil, boolean renewing, String seededFrom) {

        boolean validAt(LocalDateTime now) {
            return accessToken != null && expiresAt != null && expiresAt.isAfter(now);
        }

        Token token() {
            return new Token(accessToken, version);
        }
    }

    private final ZaloTokenStore store;
    private final ZaloSettings settings;
    private final ZaloOAuth oauth;
    private final ZaloPairWriter pairs;
    private final Clock clock;
    private final MessageAlerts alerts;
    private volatile boolean seeded;
    /** When this node's last renewal failed (by its clock: only this node reads it); null when none did. */
    private volatile Instant renewalFailedAt;

    ZaloTokens(ZaloTokenStore store, ZaloSettings settings, HttpClient http, Clock clock, MessageAlerts alerts) {
        this(store, settings, http, clock, alerts, ZaloPairWriter.STORE_FOR);
    }

    /** @param storeFor how long the new pair's write is retried ({@link ZaloPairWriter#STORE_FOR}; shorter in tests) */
    ZaloTokens(ZaloTokenStore store, ZaloSettings settings, HttpClient http, Clock clock, MessageAlerts alerts, Duration storeFor) {
        this.store = store;
        this.settings = settings;
        this.oauth = new ZaloOAuth(settings, http);
        this.pairs = new ZaloPairWriter(store, alerts, clock, storeFor);
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
            return Optional.of(row.get().token());
        }
        if (pausing()) {
            return row.get().validAt(now()) ? Optional.of(row.get().token()) : Optional.empty(); // a few minutes left may do
        }
        return renew(row.get().version());
    }

    /** Zalo refused {@code rejected} (-124): a renewed token, unless another node renewed it meanwhile. */
    Optional<Token> renewedAfter(Token rejected) {
        if (pausing()) {
            return store.read().filter(r -> r.version() > rejected.version() && r.validAt(now())).map(Row::token);
        }
        return renew(rejected.version());
    }

    private Optional<Token> renew(long seen) {
        if (claim(seen)) {
            return exchange(seen + 1);
        }
        return awaitOther(seen);
    }

    /** Whether this node's last renewal failed less than {@link #PAUSE_AFTER_FAILURE} ago: Zalo's OAuth is not asked again yet. */
    private boolean pausing() {
        Instant failed = renewalFailedAt;
        return failed != null && clock.instant().isBefore(failed.plus(PAUSE_AFTER_FAILURE));
    }

    /** The compare-and-set; the claim's end is the database's clock plus {@link #CLAIM}, as every node reads it. */
    private boolean claim(long seen) {
        try {
            return store.claim(seen, CLAIM);
        } catch (ConcurrencyFailureException e) {
            return false; // another node's write to the row won certification
        }
    }

    /** Spends the stored refresh token for a new pair, and stores the pair before anyone uses it. */
    private Optional<Token> exchange(long claimed) {
        Row row = store.read().orElseThrow();
        return switch (oauth.exchange(row.refreshToken())) {
            case ZaloOAuth.Pair pair -> stored(pair);
            case ZaloOAuth.Problem problem -> failed(claimed, problem.text());
        };
    }

    private Optional<Token> stored(ZaloOAuth.Pair pair) {
        Optional<Token> stored = pairs.store(pair);
        if (stored.isEmpty()) {
            renewalFailedAt = clock.instant();
        }
        return stored;
    }

    /** The renewal failed: no other for {@link #PAUSE_AFTER_FAILURE}, the operator told, the claim released. */
    private Optional<Token> failed(long claimed, String problem) {
        renewalFailedAt = clock.instant();
        alerts.operatorProblem("zalo", "token", "renewing the access token failed: " + problem
                + "; if Zalo says the refresh token is invalid, set a new TRAMSO_ZALO_REFRESH_TOKEN and restart");
        try {
            store.releaseFailed(claimed, problem.length() > 255 ? problem.substring(0, 255) : problem);
            return store.read().filter(r -> r.validAt(now())).map(Row::token);
        } catch (DataAccessException e) {
            log.warn("Could not release the Zalo token claim (it runs out by itself in {}): {}", CLAIM, e.toString());
            return Optional.empty();
        }
    }

    /** Another node renews: waits until the row has its new pair (or its claim ran out). */
    private Optional<Token> awaitOther(long seen) {
        long until = System.nanoTime() + WAIT.toNanos(); // real time: a test's clock may stand still
        while (true) {
            Row row = store.read().orElseThrow();
            LocalDateTime now = now();
            if (!row.renewing()) {
                if (row.version() > seen && row.validAt(now)) {
                    return Optional.of(row.token());
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
            store.seed(given, hash);
            Row row = store.read().orElseThrow();
            if (!row.seededFrom().equals(hash)) {
                store.reseed(given, hash, row.seededFrom());
                log.info("Zalo token pair replaced by the new TRAMSO_ZALO_REFRESH_TOKEN");
            }
            seeded = true;
        }
        return store.read();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
