package vn.tramso.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.notification.OutboxDispatcher;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.Places;
import vn.tramso.place.TestKiosks;
import vn.tramso.place.Village;

/** The concerns diary: status rules, the journal, due times across the clock, scoping and the SMS answer. */
@IntegrationTest
class ConcernsTest {

    @Autowired
    Concerns concerns;
    @Autowired
    TestStaff staff;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestKiosks kiosks;
    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void a_concern_goes_from_the_member_to_the_commune_and_back_and_every_step_is_journaled() {
        Village tra = tra();
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 1, 8, 0));
        long id = staff.as("tnv.traphuong", () -> concerns.record(new NewConcern(tra.id(), ConcernCategory.ROADS_LIGHTING,
                "Đèn đường xóm Đông hỏng đã hai tuần", ConcernSource.HOME_VISIT, null, null, "0912 345 678")));
        staff.run("tnv.traphuong", () -> concerns.forward(id));

        assertThat(refusal(() -> staff.run("tnv.traphuong", () -> concerns.answer(id, "Đã báo điện lực", false))))
                .as("the commune answers, not the member").isEqualTo(ConcernRefusedException.Reason.NOT_A_LEADER);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 3, 14, 0));
        staff.run("lanhdao.hongquang", () -> concerns.start(id, "Giao cán bộ địa chính"));
        staff.run("lanhdao.hongquang", () -> concerns.answer(id, "Điện lực sẽ thay bóng đèn trong tuần này", true));
        assertThat(staff.as("tnv.traphuong", () -> concerns.toPassOn(tra.id()))).extracting(Concern::id).contains(id);
        assertThat(jdbc.sql("SELECT recipient FROM notification WHERE dedupe_key = :k").param("k", "concern-" + id + "-answer")
                .query(String.class).single()).isEqualTo("0912345678");

        staff.run("tnv.traphuong", () -> concerns.told(id, "Đã báo trực tiếp"));

        Concern closed = staff.as("lanhdao.hongquang", () -> concerns.concern(id));
        assertThat(closed.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(closed.contactPhone()).as("no longer needed once told").isNull();
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.journal(id))).extracting(ConcernEvent::to).containsExactly(
                ConcernStatus.NEW, ConcernStatus.FORWARDED, ConcernStatus.IN_PROGRESS, ConcernStatus.ANSWERED, ConcernStatus.CLOSED);
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.journal(id)).get(3).by()).isEqualTo("Lãnh đạo xã Hồng Quang (demo)");
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> concerns.answer(id, "Lần nữa", false))))
                .as("a closed concern stays closed").isEqualTo(ConcernRefusedException.Reason.NOT_ALLOWED_NOW);
    }

    @Test
    void the_due_time_is_the_communes_for_the_category_and_an_open_concern_past_it_is_overdue_and_listed_first() {
        Village tra = tra();
        staff.run("lanhdao.hongquang", () -> concerns.setDueDays(tra.communeId(), ConcernCategory.SOCIAL_ALLOWANCE, 3));
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 10, 9, 0));
        long allowance = record(tra, ConcernCategory.SOCIAL_ALLOWANCE, "Chưa nhận trợ cấp tháng mười một");
        long lighting = record(tra, ConcernCategory.ENVIRONMENT, "Rác chưa được thu gom");

        assertThat(staff.as("lanhdao.hongquang", () -> concerns.concern(allowance)).dueAt()).isEqualTo(LocalDateTime.of(2026, 12, 13, 9, 0));
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.concern(lighting)).dueAt())
                .as("7 days where the commune set none").isEqualTo(LocalDateTime.of(2026, 12, 17, 9, 0));

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 13, 9, 1));
        Concern late = staff.as("lanhdao.hongquang", () -> concerns.concern(allowance));
        assertThat(late.overdue(LocalDateTime.now(TestDatabase.CLOCK))).isTrue();
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.list(tra.id(), null, null)).getFirst().overdue(
                LocalDateTime.now(TestDatabase.CLOCK))).as("overdue first").isTrue();

        staff.run("lanhdao.hongquang", () -> concerns.refer(allowance, "Phòng Lao động - Thương binh và Xã hội"));
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.concern(allowance)).overdue(LocalDateTime.now(TestDatabase.CLOCK)))
                .as("answered, even late, is no longer overdue").isFalse();
    }

    @Test
    void a_duplicate_points_at_the_original_and_bad_input_is_refused_plainly() {
        Village tra = tra();
        long first = record(tra, ConcernCategory.SECURITY_SCAMS, "Có người gọi giả công an đòi chuyển tiền");
        long second = record(tra, ConcernCategory.SECURITY_SCAMS, "Cuộc gọi giả danh công an");

        staff.run("lanhdao.hongquang", () -> concerns.duplicate(second, first));
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.concern(second)).duplicateOf()).isEqualTo(first);
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> concerns.duplicate(first, first))))
                .isEqualTo(ConcernRefusedException.Reason.BAD_DUPLICATE);
        assertThat(refusal(() -> record(tra, ConcernCategory.OTHER, " "))).isEqualTo(ConcernRefusedException.Reason.NO_TEXT);
        assertThat(refusal(() -> record(tra, ConcernCategory.OTHER, "Số CCCD của tôi là 001234567890")))
                .isEqualTo(ConcernRefusedException.Reason.TEXT_NUMBERS);
        assertThat(refusal(() -> staff.as("tnv.traphuong", () -> concerns.record(new NewConcern(tra.id(), ConcernCategory.OTHER,
                "Muốn nhận trả lời", ConcernSource.PHONE, null, null, "12345"))))).isEqualTo(ConcernRefusedException.Reason.BAD_PHONE);
    }

    @Test
    void a_volunteer_of_another_village_sees_nothing_of_it() {
        Village tra = tra();
        long id = record(tra, ConcernCategory.HEALTH_INSURANCE, "Thẻ bảo hiểm y tế của mẹ tôi hết hạn");

        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> concerns.concern(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> concerns.forward(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("tnv.vanla", () -> concerns.list(null, null, null))).extracting(Concern::id).doesNotContain(id);
        assertThatThrownBy(() -> staff.run("tnv.vanla", () -> concerns.dueDays(tra.communeId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_kiosk_concern_has_no_author_goes_to_the_commune_at_once_and_a_kiosk_sends_at_most_ten_an_hour() {
        KioskAccess kiosk = kiosks.enrol("tra-phuong").access();
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 1, 0, 0).plusHours(System.nanoTime() % 5_000));

        long id = concerns.recordAtKiosk(kiosk.deviceId(), ConcernCategory.ENVIRONMENT, "Bãi rác gần trường học", null);

        Concern c = staff.as("lanhdao.hongquang", () -> concerns.concern(id));
        assertThat(c.status()).isEqualTo(ConcernStatus.FORWARDED);
        assertThat(c.source()).isEqualTo(ConcernSource.KIOSK);
        assertThat(c.recordedBy()).isNull();
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.journal(id))).extracting(ConcernEvent::by).containsOnlyNulls();
        for (int i = 1; i < Concerns.KIOSK_PER_HOUR; i++) {
            concerns.recordAtKiosk(kiosk.deviceId(), ConcernCategory.OTHER, "Ý kiến thứ " + letters(i), null);
        }
        assertThat(refusal(() -> concerns.recordAtKiosk(kiosk.deviceId(), ConcernCategory.OTHER, "Một ý kiến nữa", null)))
                .isEqualTo(ConcernRefusedException.Reason.TOO_MANY);
        assertThat(refusal(() -> concerns.recordAtKiosk(-1, ConcernCategory.OTHER, "Không phải kiosk", null)))
                .isEqualTo(ConcernRefusedException.Reason.UNKNOWN);
    }

    @Test
    void closing_a_concern_deletes_the_sms_of_its_answer_once_it_has_gone() {
        Village tra = tra();
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 2, 1, 8, 0));
        long sentFirst = answeredBySms(tra, "Cống thoát nước xóm Bắc bị tắc", "0912 777 001");
        sendAll();
        long toldFirst = answeredBySms(tra, "Đường vào nghĩa trang ngập nước", "0912 777 002");

        staff.run("tnv.traphuong", () -> concerns.told(sentFirst, null));
        staff.run("tnv.traphuong", () -> concerns.told(toldFirst, null));

        assertThat(answerSms(sentFirst)).as("sent, then the concern closed: number and text gone").isZero();
        assertThat(answerSms(toldFirst)).as("told in person before the SMS went: it still goes").isEqualTo(1);
        sendAll();
        assertThat(answerSms(toldFirst)).as("and is deleted once sent").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient IN ('0912777001', '0912777002')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_duplicate_is_passed_on_once_the_original_is_answered_and_closing_it_forgets_its_phone() {
        Village tra = tra();
        long original = record(tra, ConcernCategory.ROADS_LIGHTING, "Cầu tre qua mương bị gãy");
        long duplicate = staff.as("tnv.traphuong", () -> concerns.record(new NewConcern(tra.id(), ConcernCategory.ROADS_LIGHTING,
                "Cầu qua mương gãy, trẻ em đi học nguy hiểm", ConcernSource.PHONE, null, null, "0912 777 003")));
        staff.run("lanhdao.hongquang", () -> concerns.duplicate(duplicate, original));
        assertThat(staff.as("tnv.traphuong", () -> concerns.toPassOn(tra.id()))).extracting(Concern::id).doesNotContain(duplicate);
        assertThat(catchThrowableOfType(ConcernRefusedException.class,
                () -> staff.run("tnv.traphuong", () -> concerns.told(duplicate, null))).reason())
                .as("nothing to tell before the original is answered").isEqualTo(ConcernRefusedException.Reason.ORIGINAL_OPEN);
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.concern(duplicate)).contactPhone()).as("the phone kept for the answer")
                .isNotNull();

        staff.run("lanhdao.hongquang", () -> concerns.answer(original, "Xã sửa cầu trong tháng này", false));
        assertThat(staff.as("tnv.traphuong", () -> concerns.toPassOn(tra.id()))).extracting(Concern::id).contains(duplicate);
        staff.run("tnv.traphuong", () -> concerns.told(duplicate, "Đã báo câu trả lời của ý kiến gốc"));

        Concern closed = staff.as("lanhdao.hongquang", () -> concerns.concern(duplicate));
        assertThat(closed.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(closed.contactPhone()).isNull();
        assertThat(closed.duplicateOf()).isEqualTo(original);
        assertThat(staff.as("lanhdao.hongquang", () -> concerns.journal(duplicate))).extracting(ConcernEvent::to)
                .containsExactly(ConcernStatus.NEW, ConcernStatus.DUPLICATE, ConcernStatus.CLOSED);
    }

    private long answeredBySms(Village tra, String text, String phone) {
        long id = staff.as("tnv.traphuong", () -> concerns.record(new NewConcern(tra.id(), ConcernCategory.ENVIRONMENT, text,
                ConcernSource.PHONE, null, null, phone)));
        staff.run("lanhdao.hongquang", () -> concerns.answer(id, "Xã sẽ cho người đến xem", true));
        return id;
    }

    private void sendAll() {
        while (dispatcher.dispatchDue() > 0) {
            // every due message, the tests' others too
        }
    }

    private int answerSms(long concern) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE dedupe_key = :k").param("k", "concern-" + concern + "-answer")
                .query(Integer.class).single();
    }

    private static String letters(int n) {
        return String.valueOf((char) ('a' + n));
    }

    private long record(Village village, ConcernCategory category, String text) {
        return staff.as("tnv.traphuong", () -> concerns.record(new NewConcern(village.id(), category, text, ConcernSource.HOME_VISIT,
                null, null, null)));
    }

    private Village tra() {
        return places.village("HY-HQ-TRA-PHUONG").orElseThrow();
    }

    private static ConcernRefusedException.Reason refusal(ThrowingCallable action) {
        ConcernRefusedException refused = catchThrowableOfType(ConcernRefusedException.class, action);
        return refused == null ? null : refused.reason();
    }
}
