package vn.tramso.account;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the sign-in throttle ({@link SignIns}): {@code sign_in_event}, one row per attempt, and
 * {@code sign_in_subject}, one row per name key or address, written to hold a reservation's lock.
 */
@Repository
class SignInStore {

    /** What a throttle counts attempts by. */
    enum CountedBy {
        NAME_KEY, ADDRESS
    }

    private final JdbcClient jdbc;

    SignInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the subject's row (not only locks it), so the reservation holds it until commit and two app
     * nodes on a Galera cluster that touch the same subject conflict instead of both passing.
     */
    void touchSubject(String subject, LocalDateTime now) {
        jdbc.sql("INSERT INTO sign_in_subject (subject, seen_at) VALUES (:s, :now) ON DUPLICATE KEY UPDATE seen_at = :now")
                .param("s", subject).param("now", now).update();
    }

    /**
     * Records an attempt.
     *
     * @param username the account's name, or {@code null} when the name typed is no account's
     * @return the attempt's id
     */
    long record(String username, String nameKey, String address, LocalDateTime at, SignIns.Outcome outcome) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sign_in_event (at, username, name_key, address, outcome) VALUES (:at, :u, :k, :a, :o)")
                .param("at", at).param("u", username).param("k", nameKey).param("a", address).param("o", outcome.name())
                .update(id);
        return id.getKey().longValue();
    }

    void settle(long attemptId, SignIns.Outcome outcome) {
        jdbc.sql("UPDATE sign_in_event SET outcome = :o WHERE id = :id").param("o", outcome.name()).param("id", attemptId).update();
    }

    /**
     * The earliest of the last {@code failures} failures (or attempts not settled yet) of this name key or from
     * this address since the time given, when there are that many.
     */
    Optional<LocalDateTime> oldestOfLastFailures(CountedBy by, String value, LocalDateTime since, int failures) {
        String column = switch (by) {
            case NAME_KEY -> "name_key";
            case ADDRESS -> "address";
        };
        return jdbc.sql("SELECT at FROM sign_in_event WHERE " + column + " = :v AND outcome IN ('PENDING', 'FAILED', 'DISABLED')"
                        + " AND at > :since ORDER BY at DESC LIMIT 1 OFFSET " + (failures - 1))
                .param("v", value).param("since", since).query(LocalDateTime.class).optional();
    }

    /** Forgets the attempts made before {@code attemptsBefore} and the subjects not seen since {@code subjectsBefore}. */
    void forget(LocalDateTime attemptsBefore, LocalDateTime subjectsBefore) {
        jdbc.sql("DELETE FROM sign_in_event WHERE at < :before").param("before", attemptsBefore).update();
        jdbc.sql("DELETE FROM sign_in_subject WHERE seen_at < :before").param("before", subjectsBefore).update();
    }
}
