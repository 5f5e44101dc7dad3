package vn.tramso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Stores the pair a renewal brought ({@link ZaloOAuth}). It is the only pair that works now (the old
 * refresh token is spent), so it is stored whatever the row says, and written again after any
 * database failure (a write conflict, a connection cut while a database node comes back) for
 * {@link #STORE_FOR}, with a short growing pause between tries. Still not stored by then: the pair is
 * lost, the operator alerted.
 */
class ZaloPairWriter {

    private static final Logger log = LoggerFactory.getLogger(ZaloPairWriter.class);

    /**
     * How long the new pair's write is retried (database front cutting connections while a database
     * node comes back, a failover): the old refresh token is spent, so losing the pair locks the account out.
     */
    static final Duration STORE_FOR = Duration.ofSeconds(30);

    private final ZaloTokenStore store;
    private final MessageAlerts alerts;
    private final Clock clock;
    private final Duration storeFor;

    /** @param storeFor how long the write is retried ({@link #STORE_FOR}; shorter in tests) */
    ZaloPairWriter(ZaloTokenStore store, MessageAlerts alerts, Clock clock, Duration storeFor) {
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
        this.storeFor = storeFor;
    }

    /** @return the stored token; empty when the pair could not be stored */
    Optional<ZaloTokens.Token> store(ZaloOAuth.Pair pair) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        long deadline = System.nanoTime() + storeFor.toNanos(); // real time: a test's clock may stand still
        Duration pause = Duration.ofMillis(100);
        for (int attempt = 1; ; attempt++) {
            try {
                store.storePair(pair.accessToken(), pair.refreshToken(), now.plusSeconds(pair.expiresIn()), now);
                ZaloTokens.Row row = store.read().orElseThrow();
                log.info("Zalo access token renewed (version {}), valid until {}", row.version(), row.expiresAt());
                return Optional.of(row.token());
            } catch (DataAccessException e) {
                if (System.nanoTime() + pause.toNanos() - deadline > 0) {
                    alerts.operatorProblem("zalo", "token", "the renewed token pair could not be stored after " + attempt
                            + " tries in " + storeFor.toSeconds() + " s (" + e.getClass().getSimpleName() + "); the refresh token"
                            + " is spent: set a new TRAMSO_ZALO_REFRESH_TOKEN and restart");
                    return Optional.empty();
                }
                log.warn("Storing the renewed Zalo token pair failed (try {}), again in {} ms: {}", attempt, pause.toMillis(), e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    alerts.operatorProblem("zalo", "token", "interrupted while storing the renewed token pair; set a new"
                            + " TRAMSO_ZALO_REFRESH_TOKEN and restart");
                    return Optional.empty();
                }
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : pause.multipliedBy(2);
            }
        }
    }
}
