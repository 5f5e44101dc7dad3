package vn.tramso.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tramso.base.JobLocks;
import vn.tramso.base.KeyedHash;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.SignInThrottledException;

/**
 * Every staff sign-in attempt (a password, or a two-step code), recorded in the database (several app
 * nodes and restarts share the count), and the throttle built on it: after {@value #MAX_FAILURES}
 * failures in {@link #WINDOW} for a name or from an address, no password is checked until the oldest of
 * them is that old. Tries during the wait are recorded but not counted, so a guesser cannot stretch the
 * wait forever.
 *
 * <p>An attempt is {@linkplain #reserve reserved} before its password is checked: under a lock on its
 * name's and its address's rows, the count is read and the attempt written as PENDING, which counts as
 * a failure until {@linkplain #settle settled}. So thirty guesses sent at once are counted one after
 * another and at most ten passwords are checked (reading the count, checking the password, then writing
 * the outcome let all thirty through).
 *
 * <p>The name typed is kept only when it is an account's (a password typed into the name field by
 * mistake is not); every name is counted by its {@linkplain KeyedHash keyed hash}.
 */
@Service
public class SignIns {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration KEPT = Duration.ofDays(180);
    private static final String NAME = "sign-in-name";

    enum Outcome {
        PENDING, SUCCESS, FAILED, DISABLED, THROTTLED
    }

    /** An attempt whose password may now be checked; {@link #settle} it with the outcome. */
    record Attempt(long id) {
    }

    private final SignInStore store;
    private final AccountStore accounts;
    private final Clock clock;
    private final KeyedHash keyed;
    private final TransactionTemplate locked;
    private final Map<Outcome, Counter> counted = new EnumMap<>(Outcome.class);

    SignIns(SignInStore store, AccountStore accounts, Clock clock, KeyedHash keyed, PlatformTransactionManager transactions,
            MeterRegistry registry) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
        this.keyed = keyed;
        this.locked = new TransactionTemplate(transactions);
        // on its own, so the reservation holds whatever the caller's transaction does; committed reads see the last holder's row
        locked.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        locked.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        for (Outcome outcome : Outcome.values()) {
            if (outcome != Outcome.PENDING) {
                counted.put(outcome, Counter.builder("tramso.sign_ins")
                        .description("Staff sign-in attempts (a password or a two-step code) by outcome")
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry));
            }
        }
    }

    /**
     * Reserves an attempt for this name from this address.
     *
     * <p>A reservation that lost a write conflict (a deadlock, or another node of a Galera cluster wrote the same
     * subject first) is made again from the start: the loser changed nothing ({@link RetryOnWriteConflict}).
     *
     * @throws SignInThrottledException (the attempt recorded as THROTTLED) while the name or the address must wait
     */
    @RetryOnWriteConflict
    Attempt reserve(String username, String address) {
        // the account this name signs in to, as the accounts compare names (without case or accents: "ÁDMIN" is "admin"),
        // so every spelling of one account shares its count
        Optional<String> account = accounts.username(clip(username, 64));
        String nameKey = keyed.of(NAME, account.orElse(clip(username, 64)).toLowerCase(Locale.ROOT));
        String at = clip(address, 45);
        List<String> subjects = Stream.of(nameKey, keyed.of("sign-in-address", at)).distinct().sorted().toList();
        LocalDateTime now = LocalDateTime.now(clock);
        Object result = locked.execute(tx -> {
            // each row written, not only locked (in one order, so two attempts never wait for each other in a circle):
            // two app nodes on a Galera cluster then conflict too, instead of both passing
            for (String subject : subjects) {
                store.touchSubject(subject, now);
            }
            Optional<Duration> wait = wait(nameKey, at, now);
            if (wait.isPresent()) {
                insert(account, nameKey, at, now, Outcome.THROTTLED);
                return wait.get();
            }
            return new Attempt(insert(account, nameKey, at, now, Outcome.PENDING));
        });
        if (result instanceof Duration wait) {
            counted.get(Outcome.THROTTLED).increment();
            throw new SignInThrottledException(wait);
        }
        return (Attempt) result;
    }

    /** Records how the attempt ended. */
    void settle(Attempt attempt, Outcome outcome) {
        store.settle(attempt.id(), outcome);
        counted.get(outcome).increment();
    }

    /** How long this name or address must wait before a password is checked again, if at all. */
    private Optional<Duration> wait(String nameKey, String address, LocalDateTime now) {
        return Stream.of(oldestCounted(SignInStore.CountedBy.NAME_KEY, nameKey, now),
                        oldestCounted(SignInStore.CountedBy.ADDRESS, address, now))
                .flatMap(Optional::stream)
                .map(oldest -> Duration.between(now, oldest.plus(WINDOW)))
                .filter(Duration::isPositive)
                .max(Duration::compareTo);
    }

    /** Keeps the name only when it is an account's. */
    private long insert(Optional<String> account, String nameKey, String address, LocalDateTime now, Outcome outcome) {
        return store.record(account.orElse(null), nameKey, address, now, outcome);
    }

    /** The earliest of the last {@value #MAX_FAILURES} failures (or attempts not settled yet) within the window, when there are that many. */
    private Optional<LocalDateTime> oldestCounted(SignInStore.CountedBy by, String value, LocalDateTime now) {
        return store.oldestOfLastFailures(by, value, now.minus(WINDOW), MAX_FAILURES);
    }

    @Scheduled(cron = "0 40 2 * * *", zone = "${tramso.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "sign-in-purge", lockAtMostFor = "PT10M", lockAtLeastFor = JobLocks.DAILY)
    void forgetOld() {
        LocalDateTime now = LocalDateTime.now(clock);
        store.forget(now.minus(KEPT), now.minus(WINDOW));
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
