package vn.tramso.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Every staff sign-in attempt, recorded in the database (several app nodes and restarts share the
 * count), and the throttle built on it: after {@value #MAX_FAILURES} failures in {@link #WINDOW}
 * for a name or from an address, no password is checked until the oldest of them is that old.
 * Tries during the wait are recorded but not counted, so a guesser cannot stretch the wait forever.
 */
@Service
public class SignIns {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration KEPT = Duration.ofDays(180);

    enum Outcome {
        SUCCESS, FAILED, DISABLED, THROTTLED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignIns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this name or address must wait before a password is checked again, if at all. */
    Optional<Duration> wait(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        return Stream.of(oldestCounted("username", clip(username, 64), now), oldestCounted("address", clip(address, 45), now))
                .flatMap(Optional::stream)
                .map(oldest -> Duration.between(now, oldest.plus(WINDOW)))
                .filter(wait -> wait.isPositive())
                .max(Duration::compareTo);
    }

    void record(String username, String address, Outcome outcome) {
        jdbc.sql("INSERT INTO sign_in_event (at, username, address, outcome) VALUES (:at, :u, :a, :o)")
                .param("at", LocalDateTime.now(clock)).param("u", clip(username, 64)).param("a", clip(address, 45))
                .param("o", outcome.name()).update();
    }

    /** The earliest of the last {@value #MAX_FAILURES} failures within the window, when there are that many. */
    private Optional<LocalDateTime> oldestCounted(String column, String value, LocalDateTime now) {
        // column is one of two names written above, never input
        return jdbc.sql("SELECT at FROM sign_in_event WHERE " + column + " = :v AND outcome IN ('FAILED', 'DISABLED') AND at > :since"
                        + " ORDER BY at DESC LIMIT 1 OFFSET " + (MAX_FAILURES - 1))
                .param("v", value).param("since", now.minus(WINDOW)).query(LocalDateTime.class).optional();
    }

    @Scheduled(cron = "0 40 2 * * *", zone = "${tramso.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "sign-in-purge", lockAtMostFor = "PT10M")
    void forgetOld() {
        jdbc.sql("DELETE FROM sign_in_event WHERE at < :before").param("before", LocalDateTime.now(clock).minus(KEPT)).update();
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
