package vn.tramso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.aopalliance.aop.Advice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.resilience.retry.MethodRetryEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import vn.tramso.base.Topic;
import vn.tramso.base.db.DatabaseOutage;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.Queues;
import vn.tramso.booking.Resident;
import vn.tramso.booking.SlotRef;
import vn.tramso.booking.TestVillages;
import vn.tramso.helpsession.AgeBand;
import vn.tramso.helpsession.Autonomy;
import vn.tramso.helpsession.HelpSessions;
import vn.tramso.helpsession.Outcome;
import vn.tramso.helpsession.Referral;
import vn.tramso.helpsession.SessionDraft;
import vn.tramso.helpsession.SessionPlace;
import vn.tramso.helpsession.TopicOutcome;
import vn.tramso.place.Village;

/**
 * Writes that lose a real InnoDB deadlock (what a Galera cluster's certification conflict also looks like to the
 * app: error 1213, the transaction rolled back) are run again in a new transaction and saved once; after
 * {@value RetryOnWriteConflict#ATTEMPTS} lost attempts the caller gets the failure the screens show as "not saved".
 * See docs/decisions/007-retries-on-write-conflicts.md.
 */
@IntegrationTest
class WriteConflictRetryTest {

    static final LocalDateTime MONDAY_0830 = LocalDateTime.of(2026, 11, 23, 8, 30);
    static final SlotRef MONDAY_0900 = new SlotRef(LocalDate.of(2026, 11, 23), LocalTime.of(9, 0));

    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    HelpSessions sessions;
    @Autowired
    TestVillages villages;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ConfigurableApplicationContext context;

    /** The retry events of the last test that listens to them, to tell what happened when it fails. */
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void monday_morning() {
        TestDatabase.CLOCK.set(MONDAY_0830);
    }

    @Test
    void a_booking_that_loses_a_deadlock_is_made_again_once_and_the_slot_keeps_its_capacity() throws Exception {
        Village village = villages.create("RETRY-BOOK", 1);
        BookingRequest request = appointment(village, "retry-" + UUID.randomUUID());
        double lost = conflicts("lost");

        Booking booked;
        try (Deadlocks deadlock = bookingLosesTo(village, 1)) {
            deadlock.awaitArmed();
            booked = staff.as("admin", () -> bookings.book(request));
            deadlock.close();
            assertThat(deadlock.made()).as("the booking's first transaction lost a real deadlock").isEqualTo(1);
        }

        assertThat(booked.state()).isEqualTo(BookingState.BOOKED);
        assertThat(bookingsWithKey(request.idempotencyKey())).isEqualTo(1);
        assertThat(placesTaken(village)).isEqualTo(1);
        BookingRefusedException full = (BookingRefusedException) catchThrowable(() -> staff.as("admin",
                () -> bookings.book(appointment(village, "retry-" + UUID.randomUUID()))));
        assertThat(full.reason()).as("a slot of one is full after the retried booking").isEqualTo(BookingRefusedException.Reason.SLOT_FULL);
        assertThat(conflicts("lost")).isEqualTo(lost + 1);
    }

    @Test
    void a_booking_that_loses_every_attempt_is_reported_as_not_saved_and_books_nothing_until_tried_again() throws Exception {
        Village village = villages.create("RETRY-GIVE-UP", 1);
        BookingRequest request = appointment(village, "retry-" + UUID.randomUUID());
        double gaveUp = conflicts("gave_up");

        Throwable failure;
        try (Deadlocks deadlock = bookingLosesTo(village, RetryOnWriteConflict.ATTEMPTS)) {
            // each lost attempt waits for the next round to hold its row before the retry starts: every attempt loses
            AtomicInteger lostAttempts = new AtomicInteger();
            seen.clear();
            ApplicationListener<MethodRetryEvent> nextRound = new ApplicationListener<>() {
                @Override
                public void onApplicationEvent(MethodRetryEvent event) {
                    seen.add(event.getMethod().getName() + " aborted=" + event.isRetryAborted() + " " + event.getFailure());
                    if (event.getMethod().getName().equals("book") && !event.isRetryAborted()
                            && lostAttempts.incrementAndGet() < RetryOnWriteConflict.ATTEMPTS) {
                        deadlock.awaitArmed();
                    }
                }
            };
            context.addApplicationListener(nextRound);
            try {
                deadlock.awaitArmed();
                failure = catchThrowable(() -> staff.as("admin", () -> bookings.book(request)));
            } finally {
                context.removeApplicationListener(nextRound);
            }
            deadlock.close();
            assertThat(deadlock.made()).as("every attempt lost a real deadlock").isEqualTo(RetryOnWriteConflict.ATTEMPTS);
        }

        assertThat(failure).as(String.join("\n", seen)).isInstanceOf(PessimisticLockingFailureException.class);
        assertThat(DatabaseOutage.isOutage(failure)).as("the screens say: busy, nothing saved, try again").isTrue();
        assertThat(bookingsWithKey(request.idempotencyKey())).isZero();
        assertThat(placesTaken(village)).isZero();
        assertThat(conflicts("gave_up")).isEqualTo(gaveUp + 1);

        Booking again = staff.as("admin", () -> bookings.book(request));
        assertThat(staff.as("admin", () -> bookings.book(request)).id()).as("the same tap again: the same booking").isEqualTo(again.id());
        assertThat(bookingsWithKey(request.idempotencyKey())).isEqualTo(1);
        assertThat(placesTaken(village)).isEqualTo(1);
    }

    @Test
    void a_help_session_whose_transaction_loses_a_deadlock_is_recorded_once_in_a_new_transaction() throws Exception {
        Village village = villages.create("RETRY-SESSION", 1);
        Booking walkIn = staff.as("admin", () -> bookings.book(new BookingRequest(village.code(), null, Topic.SUCKHOE, null, null,
                new Resident("Đinh Văn Hòa", null), villages.desk(), "retry-" + UUID.randomUUID())));
        SessionDraft draft = new SessionDraft(walkIn.id(), village.id(), null, 30, SessionPlace.CULTURAL_HOUSE,
                List.of(new TopicOutcome(Topic.SUCKHOE, Outcome.DONE, null)), Autonomy.WITH_HELP, Referral.NONE, null, true, null,
                AgeBand.FROM_60, null, null, 1, null);
        double lost = conflicts("lost");

        long id;
        // the session's transaction reads its booking with a shared lock (the foreign key), then must update it;
        // the other transaction holds a shared lock on it too and then asks to update it as well
        try (Deadlocks deadlock = Deadlocks.start(dataSource, 1,
                "SELECT id FROM booking WHERE id = " + walkIn.id() + " LOCK IN SHARE MODE",
                "SELECT id FROM booking WHERE id = " + walkIn.id() + " FOR UPDATE")) {
            deadlock.awaitArmed();
            id = staff.as("admin", () -> sessions.record(draft));
            deadlock.close();
            assertThat(deadlock.made()).as("the session's first transaction lost a real deadlock").isEqualTo(1);
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM help_session WHERE booking_id = :b").param("b", walkIn.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM help_session_change WHERE session_id = :s").param("s", id)
                .query(Integer.class).single()).as("journaled once").isEqualTo(1);
        assertThat(staff.as("admin", () -> queue.booking(walkIn.id())).orElseThrow().state()).isEqualTo(BookingState.DONE);
        assertThat(conflicts("lost")).isEqualTo(lost + 1);
    }

    /**
     * Every method marked for retries is reached through a proxy whose retry advice comes before its transaction's,
     * so each attempt is a new transaction. Spring adds its retry advice in front of the advice a bean already has;
     * this keeps it so if the configuration ever changes.
     */
    @Test
    void every_method_marked_for_retries_is_retried_outside_its_transaction() {
        List<String> checked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !context.getBeanFactory().containsBeanDefinition(name)
                    || !context.getBeanFactory().getBeanDefinition(name).isSingleton()) {
                continue;
            }
            List<Method> marked = new ArrayList<>();
            ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), marked::add,
                    m -> AnnotatedElementUtils.hasAnnotation(m, RetryOnWriteConflict.class));
            if (marked.isEmpty()) {
                continue;
            }
            Object bean = context.getBean(name);
            assertThat(AopUtils.isAopProxy(bean)).as(name + " is proxied").isTrue();
            List<Advice> advice = List.of(((Advised) bean).getAdvisors()).stream().map(Advisor::getAdvice).toList();
            int retry = indexOf(advice, "RetryAnnotationInterceptor");
            int transaction = advice.stream().filter(TransactionInterceptor.class::isInstance).findFirst().map(advice::indexOf).orElse(Integer.MAX_VALUE);
            assertThat(retry).as(name + ": retry advice before the transaction's").isGreaterThanOrEqualTo(0).isLessThan(transaction);
            for (Method m : marked) {
                assertThat(Modifier.isPrivate(m.getModifiers()) || Modifier.isFinal(m.getModifiers()) || Modifier.isStatic(m.getModifiers()))
                        .as(m + " can be advised").isFalse();
                assertThat(ReflectionUtils.findMethod(bean.getClass(), m.getName(), m.getParameterTypes()).getDeclaringClass())
                        .as(m + " is overridden by the proxy, so calls reach the retry").isEqualTo(bean.getClass());
                checked.add(ClassUtils.getUserClass(type).getSimpleName() + "." + m.getName());
            }
        }
        assertThat(checked).contains("Bookings.book", "Queues.callNext", "HelpSessions.record", "Concerns.record",
                "Ratings.rate", "Households.updateMember", "SignIns.reserve");
        assertThat(context.getBean(PlatformTransactionManager.class))
                .as("a conflict at COMMIT reaches the retry as a PessimisticLockingFailureException, not a TransactionSystemException")
                .isInstanceOf(JdbcTransactionManager.class);
    }

    private static int indexOf(List<Advice> advice, String simpleName) {
        for (int i = 0; i < advice.size(); i++) {
            if (advice.get(i).getClass().getSimpleName().equals(simpleName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A booking's transaction takes its place in the slot, then its ticket number: these rounds hold the day's ticket
     * counter, then ask for the slot's place counter.
     */
    private Deadlocks bookingLosesTo(Village village, int rounds) {
        return Deadlocks.start(dataSource, rounds, """
                        INSERT INTO ticket_counter (village_id, ticket_date, last_number) VALUES (%d, '%s', 0)
                        ON DUPLICATE KEY UPDATE last_number = last_number
                        """.formatted(village.id(), MONDAY_0900.date()),
                "UPDATE slot_load SET booked = booked WHERE village_id = %d AND slot_date = '%s' AND starts_at = '%s'"
                        .formatted(village.id(), MONDAY_0900.date(), MONDAY_0900.startsAt()));
    }

    private BookingRequest appointment(Village village, String key) {
        return new BookingRequest(village.code(), MONDAY_0900, Topic.VNEID, null, null, new Resident("Nguyễn Thị Lan", "0912345678"),
                villages.desk(), key);
    }

    private int bookingsWithKey(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE idempotency_key = :k").param("k", key).query(Integer.class).single();
    }

    private int placesTaken(Village village) {
        return jdbc.sql("SELECT COALESCE(SUM(booked), 0) FROM slot_load WHERE village_id = :v").param("v", village.id())
                .query(Integer.class).single();
    }

    private double conflicts(String outcome) {
        return meters.get("tramso.write_conflicts").tag("outcome", outcome).counter().count();
    }
}
