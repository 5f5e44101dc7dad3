package vn.tramso.helpsession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.Queues;
import vn.tramso.booking.Resident;
import vn.tramso.booking.TestVillages;
import vn.tramso.household.Fact;
import vn.tramso.household.FactSource;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Households;
import vn.tramso.household.Member;
import vn.tramso.household.MemberDetails;
import vn.tramso.place.Places;

/** Help sessions as volunteers log them: from the queue and from scratch, their effect on members, edits and deletes. */
@IntegrationTest
class HelpSessionsTest {

    @Autowired
    HelpSessions sessions;
    @Autowired
    Households households;
    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    Places places;
    @Autowired
    TestVillages villages;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_session_from_the_queue_marks_the_booking_helped_and_sets_the_members_vneid_level_2() {
        long village = tra();
        long member = member("Trịnh Thị Duyên", 1956);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        Booking booking = walkIn(Topic.VNEID, "Trịnh Thị Duyên");
        staff.run("tnv.traphuong", () -> queue.start(village, booking.id()));

        SessionDraft prefilled = staff.as("tnv.traphuong", () -> sessions.fromBooking(booking.id()));
        assertThat(prefilled.place()).isEqualTo(SessionPlace.CULTURAL_HOUSE);
        assertThat(prefilled.minutes()).isEqualTo(15);
        assertThat(prefilled.topics()).as("VNeID has finer topics: the volunteer chooses one").isEmpty();
        assertThat(staff.as("tnv.traphuong", () -> sessions.suggestedFor(booking.id()))).extracting(m -> m.id()).contains(member);

        long id = staff.as("tnv.traphuong", () -> sessions.record(with(prefilled, List.of(done(Topic.VNEID_LEVEL_2)), member)));

        assertThat(staff.as("tnv.traphuong", () -> queue.booking(booking.id())).orElseThrow().state()).isEqualTo(BookingState.DONE);
        assertThat(staff.as("tnv.traphuong", () -> households.member(member)).fact(Fact.VNEID)).isEqualTo(2);
        assertThat(staff.as("tnv.traphuong", () -> households.record(member)).facts())
                .anySatisfy(f -> {
                    assertThat(f.fact()).isEqualTo(Fact.VNEID);
                    assertThat(f.source()).isEqualTo(FactSource.SESSION);
                    assertThat(f.sessionId()).isEqualTo(id);
                });
        assertThat(refusal(() -> staff.as("tnv.traphuong", () -> sessions.record(with(prefilled, List.of(done(Topic.PORTAL)), null)))))
                .as("one session per booking").isEqualTo(SessionRefusedException.Reason.BOOKING_RECORDED);
    }

    @Test
    void a_later_session_never_lowers_a_status_and_no_smartphone_is_recorded_as_said() {
        long village = tra();
        long member = member("Lục Văn Bằng", 1966);
        record(with(scratch(village, List.of()), List.of(done(Topic.VNEID_LEVEL_2)), member));
        record(with(scratch(village, List.of()), List.of(done(Topic.VNEID_LEVEL_1),
                new TopicOutcome(Topic.SUCKHOE, Outcome.COULD_NOT, Outcome.Reason.NO_SMARTPHONE)), member));

        Member bang = staff.as("tnv.traphuong", () -> households.member(member));
        assertThat(bang.fact(Fact.VNEID)).isEqualTo(2);
        assertThat(bang.fact(Fact.HEALTH_BOOK)).as("not done: nothing inferred").isZero();
        assertThat(bang.fact(Fact.SMARTPHONE)).isZero();
        assertThat(staff.as("tnv.traphuong", () -> households.household(bang.householdId())).lastVisitOn())
                .isEqualTo(LocalDate.now(TestDatabase.CLOCK));
    }

    @Test
    void the_session_keeps_no_name_or_phone_and_outlives_the_booking() {
        long village = tra();
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 3, 9, 30));
        Booking booking = walkIn(Topic.SUCKHOE, "Lý Văn Phúc");
        long id = staff.as("tnv.traphuong", () -> sessions.record(with(staff.as("tnv.traphuong",
                () -> sessions.fromBooking(booking.id())), List.of(done(Topic.SUCKHOE)), null)));

        jdbc.sql("DELETE FROM booking WHERE id = :id").param("id", booking.id()).update();

        HelpSession kept = staff.as("tnv.traphuong", () -> sessions.session(id));
        assertThat(kept.bookingId()).isNull();
        assertThat(kept.topics()).singleElement().extracting(TopicOutcome::topic).isEqualTo(Topic.SUCKHOE);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'help_session' "
                + "AND column_name IN ('resident_name', 'phone', 'full_name')").query(Integer.class).single()).isZero();
    }

    @Test
    void an_incomplete_record_is_refused_with_what_is_missing_and_writes_nothing() {
        long village = tra();
        SessionDraft full = scratch(village, List.of(done(Topic.LUADAO)));
        int before = count(village);

        assertThat(refusal(() -> record(with(full, List.of(), null)))).isEqualTo(SessionRefusedException.Reason.NO_TOPIC);
        assertThat(refusal(() -> record(with(full, List.of(done(Topic.VNEID)), null))))
                .as("an area with finer topics").isEqualTo(SessionRefusedException.Reason.NOT_LOGGABLE);
        assertThat(refusal(() -> record(new SessionDraft(null, village, null, null, SessionPlace.HOME, full.topics(),
                Autonomy.ALONE, Referral.NONE, null, true, null, null, null, null, 1, null))))
                .isEqualTo(SessionRefusedException.Reason.NO_MINUTES);
        assertThat(refusal(() -> record(notes(full, "Mã OTP là 123 456"))))
                .isEqualTo(SessionRefusedException.Reason.NOTES_NUMBERS);
        assertThat(refusal(() -> record(new SessionDraft(null, village, LocalDateTime.now().plusDays(1), 30, SessionPlace.HOME,
                full.topics(), Autonomy.ALONE, Referral.NONE, null, true, null, null, null, null, 1, null))))
                .isEqualTo(SessionRefusedException.Reason.IN_FUTURE);
        assertThat(refusal(() -> record(new SessionDraft(null, village, null, 30, SessionPlace.CULTURAL_HOUSE, full.topics(),
                Autonomy.WITH_HELP, Referral.NONE, null, true, null, null, null, "Lớp Zalo", 0, null))))
                .isEqualTo(SessionRefusedException.Reason.BAD_GROUP);
        assertThat(count(village)).isEqualTo(before);
    }

    @Test
    void a_volunteer_of_another_village_can_neither_log_nor_read_here() {
        long village = tra();
        long id = record(scratch(village, List.of(done(Topic.DIENTHOAI))));

        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> sessions.record(scratch(village, List.of(done(Topic.DIENTHOAI))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> sessions.session(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> sessions.ofVillage(village, LocalDate.now().minusDays(1),
                LocalDate.now()))).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("lanhdao.hongquang", () -> sessions.session(id)).id()).as("their commune's leader reads it").isEqualTo(id);
    }

    @Test
    void its_volunteer_edits_it_for_24_hours_then_only_a_leader_with_a_reason_and_every_change_is_kept() {
        long village = tra();
        long member = member("Quách Văn Lực", 1962);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        long id = record(with(scratch(village, List.of(done(Topic.VNEID_LEVEL_1))), List.of(done(Topic.VNEID_LEVEL_1)), member));
        assertThat(fact(member)).isEqualTo(1);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 1, 20, 0));
        HelpSession first = staff.as("tnv.traphuong", () -> sessions.session(id));
        staff.run("tnv.traphuong", () -> sessions.edit(id, first.version(), with(first.draft(),
                List.of(done(Topic.VNEID_LEVEL_2)), member), null));
        assertThat(fact(member)).as("the facts follow the edit").isEqualTo(2);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 2, 9, 30));
        HelpSession second = staff.as("tnv.traphuong", () -> sessions.session(id));
        assertThat(refusal(() -> staff.run("tnv.traphuong", () -> sessions.edit(id, second.version(), second.draft(), "sửa"))))
                .isEqualTo(SessionRefusedException.Reason.TOO_LATE_TO_EDIT);
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> sessions.delete(id, second.version(), " "))))
                .isEqualTo(SessionRefusedException.Reason.REASON_NEEDED);
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> sessions.edit(id, first.version(), second.draft(), "cũ"))))
                .as("a form filled before the last change").isEqualTo(SessionRefusedException.Reason.CHANGED_MEANWHILE);

        staff.run("lanhdao.hongquang", () -> sessions.delete(id, second.version(), "Ghi nhầm người"));

        assertThat(fact(member)).as("a deleted session's facts are taken back").isZero();
        assertThat(staff.as("lanhdao.hongquang", () -> sessions.session(id)).deleted()).isTrue();
        assertThat(staff.as("lanhdao.hongquang", () -> sessions.changes(id))).extracting(SessionChange::kind)
                .containsExactly(SessionChange.Kind.CREATED, SessionChange.Kind.EDITED, SessionChange.Kind.DELETED);
        assertThat(staff.as("lanhdao.hongquang", () -> sessions.changes(id)).getLast().reason()).isEqualTo("Ghi nhầm người");
        assertThat(staff.as("lanhdao.hongquang", () -> sessions.changes(id)).get(1).record()).contains("VNEID_LEVEL_2:DONE");
    }

    @Test
    void a_referral_starts_open_and_its_outcome_is_recorded_days_later_even_when_the_session_is_locked() {
        long village = tra();
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 10, 9, 0));
        SessionDraft d = scratch(village, List.of(new TopicOutcome(Topic.VNEID_LEVEL_2, Outcome.COULD_NOT, Outcome.Reason.WAITING_POLICE)));
        long id = record(new SessionDraft(null, village, null, 30, SessionPlace.CULTURAL_HOUSE, d.topics(), Autonomy.WITH_HELP,
                Referral.POLICE, null, true, null, AgeBand.FROM_60, null, null, 1, null));
        assertThat(staff.as("tnv.traphuong", () -> sessions.session(id)).referralState()).isEqualTo(Referral.State.OPEN);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 15, 9, 0));
        staff.run("tnv.traphuong", () -> sessions.followUp(id, Referral.State.DONE));

        assertThat(staff.as("tnv.traphuong", () -> sessions.session(id)).referralState()).isEqualTo(Referral.State.DONE);
        assertThat(staff.as("tnv.traphuong", () -> sessions.changes(id)).getLast().reason()).isEqualTo("referral DONE");
        long plain = record(scratch(village, List.of(done(Topic.DIENTHOAI))));
        assertThat(refusal(() -> staff.run("tnv.traphuong", () -> sessions.followUp(plain, Referral.State.DONE))))
                .isEqualTo(SessionRefusedException.Reason.NOT_REFERRED);
    }

    @Test
    void the_week_totals_count_people_minutes_and_tasks_done_and_same_as_last_copies_the_record_not_the_person() {
        long village = tra();
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 1, 6, 10, 0));
        WeekTotals before = staff.as("tnv.traphuong", sessions::thisWeek);
        record(new SessionDraft(null, village, null, 60, SessionPlace.CULTURAL_HOUSE,
                List.of(done(Topic.LUADAO), new TopicOutcome(Topic.UNGDUNG, Outcome.STARTED, Outcome.Reason.NO_TIME)),
                Autonomy.WITH_HELP, Referral.NONE, null, true, null, null, null, "Lớp phòng chống lừa đảo", 12, null));
        long member = member("Tô Thị Yến", 1970);
        record(with(scratch(village, List.of(done(Topic.THANHTOAN))), List.of(done(Topic.THANHTOAN)), member));

        WeekTotals after = staff.as("tnv.traphuong", sessions::thisWeek);
        assertThat(after.sessions() - before.sessions()).isEqualTo(2);
        assertThat(after.people() - before.people()).isEqualTo(13);
        assertThat(after.minutes() - before.minutes()).isEqualTo(90);
        assertThat(after.topicsDone() - before.topicsDone()).isEqualTo(2);

        SessionDraft same = staff.as("tnv.traphuong", () -> sessions.sameAsLast(village, null)).orElseThrow();
        assertThat(same.topics()).extracting(TopicOutcome::topic).containsExactly(Topic.THANHTOAN);
        assertThat(same.memberId()).isNull();
        assertThat(same.minutes()).isEqualTo(30);
        assertThat(staff.as("tnv.traphuong", () -> households.member(member)).fact(Fact.SKILL_PAY_ONLINE))
                .as("paid alone: the skill counts").isEqualTo(1);
    }

    private Booking walkIn(Topic topic, String name) {
        return staff.as("tnv.traphuong", () -> bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", null, topic, null, null,
                new Resident(name, null), villages.desk(), "hs-" + System.nanoTime())));
    }

    private long tra() {
        return places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
    }

    private long member(String name, int year) {
        long household = staff.as("tnv.traphuong", () -> households.addHousehold(tra(),
                new HouseholdDetails("HS" + System.nanoTime() % 10_000_000, null, null, null)));
        return staff.as("tnv.traphuong", () -> households.addMember(household, new MemberDetails(name, year, true, null, null)));
    }

    private int fact(long member) {
        return staff.as("lanhdao.hongquang", () -> households.member(member)).fact(Fact.VNEID);
    }

    private long record(SessionDraft draft) {
        return staff.as("tnv.traphuong", () -> sessions.record(draft));
    }

    private int count(long village) {
        return jdbc.sql("SELECT COUNT(*) FROM help_session WHERE village_id = :v").param("v", village).query(Integer.class).single();
    }

    static TopicOutcome done(Topic topic) {
        return new TopicOutcome(topic, Outcome.DONE, null);
    }

    static SessionDraft scratch(long village, List<TopicOutcome> topics) {
        return new SessionDraft(null, village, null, 30, SessionPlace.HOME, topics, Autonomy.ALONE, Referral.NONE, null, true,
                null, AgeBand.FROM_60, null, null, 1, null);
    }

    static SessionDraft with(SessionDraft d, List<TopicOutcome> topics, Long member) {
        return new SessionDraft(d.bookingId(), d.villageId(), d.startedAt(), d.minutes() == null ? 30 : d.minutes(),
                d.place(), topics, d.autonomy() == null ? Autonomy.WITH_HELP : d.autonomy(), d.referral(), d.referralState(),
                d.firstVisit(), member, member == null ? d.ageBand() : null, d.gender(), d.groupTitle(), d.headCount(), d.notes());
    }

    static SessionDraft notes(SessionDraft d, String notes) {
        return new SessionDraft(d.bookingId(), d.villageId(), d.startedAt(), d.minutes(), d.place(), d.topics(), d.autonomy(),
                d.referral(), d.referralState(), d.firstVisit(), d.memberId(), d.ageBand(), d.gender(), d.groupTitle(),
                d.headCount(), notes);
    }

    private static SessionRefusedException.Reason refusal(ThrowingCallable action) {
        SessionRefusedException refused = catchThrowableOfType(SessionRefusedException.class, action);
        return refused == null ? null : refused.reason();
    }
}
