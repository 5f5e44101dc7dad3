package vn.tramso.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of {@code zalo_token}, the one row (id 1) holding the Zalo Official Account's token pair
 * that every app node shares. Each statement is one write to that row and nothing more: the
 * renewal's rules (who renews, how long a failed write is retried, what a lost certification means)
 * are {@link ZaloTokens}'. The claim and the release compare the row's {@code version}, so on Galera
 * a losing write matches no row or fails certification; no GET_LOCK, no SELECT … FOR UPDATE.
 */
@Repository
class ZaloTokenStore {

    private final JdbcClient jdbc;

    ZaloTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row, with whether a claim runs now by the database's clock; empty before it is seeded. */
    Optional<ZaloTokens.Row> read() {
        return jdbc.sql("SELECT t.*, COALESCE(renewing_until > UTC_TIMESTAMP(), FALSE) AS renewing FROM zalo_token t WHERE id = 1")
                .query((rs, n) -> new ZaloTokens.Row(rs.getString("access_token"), rs.getString("refresh_token"),
                        rs.getObject("expires_at", LocalDateTime.class), rs.getLong("version"),
                        rs.getObject("renewing_until", LocalDateTime.class), rs.getBoolean("renewing"), rs.getString("seeded_from")))
                .optional();
    }

    /** Makes the row from the operator's refresh token, unless it exists. */
    void seed(String refreshToken, String seededFrom) {
        jdbc.sql("INSERT IGNORE INTO zalo_token (id, refresh_token, seeded_from) VALUES (1, :r, :h)")
                .param("r", refreshToken).param("h", seededFrom).update();
    }

    /** The operator set a new refresh token: the row takes it, unless another node did already (it was seeded from {@code oldSeed}). */
    void reseed(String refreshToken, String seededFrom, String oldSeed) {
        jdbc.sql("""
                        UPDATE zalo_token SET refresh_token = :r, seeded_from = :h, access_token = NULL, expires_at = NULL,
                               version = version + 1, renewing_until = NULL
                        WHERE id = 1 AND seeded_from = :old
                        """)
                .param("r", refreshToken).param("h", seededFrom).param("old", oldSeed).update();
    }

    /**
     * The compare-and-set: the claim's end is the database's clock plus {@code claim}, as every node
     * reads it. A ConcurrencyFailureException (certification lost on Galera) goes to the caller.
     *
     * @return whether this node's write changed the row (it renews)
     */
    boolean claim(long seen, Duration claim) {
        return jdbc.sql("""
                        UPDATE zalo_token SET version = version + 1, renewing_until = UTC_TIMESTAMP() + INTERVAL :claim SECOND
                        WHERE id = 1 AND version = :seen AND (renewing_until IS NULL OR renewing_until <= UTC_TIMESTAMP())
                        """)
                .param("claim", claim.toSeconds()).param("seen", seen).update() == 1;
    }

    /** Stores the new pair whatever the row says (the old refresh token is spent), and ends the claim. */
    void storePair(String accessToken, String refreshToken, LocalDateTime expiresAt, LocalDateTime renewedAt) {
        jdbc.sql("""
                        UPDATE zalo_token SET access_token = :a, refresh_token = :r, expires_at = :exp, version = version + 1,
                               renewing_until = NULL, renewed_at = :now, last_error = NULL
                        WHERE id = 1
                        """)
                .param("a", accessToken).param("r", refreshToken).param("exp", expiresAt).param("now", renewedAt).update();
    }

    /** A failed renewal ends its claim {@code claimed} (only if nobody changed the row since) and notes why. */
    void releaseFailed(long claimed, String error) {
        jdbc.sql("UPDATE zalo_token SET version = version + 1, renewing_until = NULL, last_error = :e WHERE id = 1 AND version = :v")
                .param("e", error).param("v", claimed).update();
    }
}
