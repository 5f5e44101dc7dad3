package vn.tramso.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.DutySchedule;
import vn.tramso.booking.NoRecordReason;
import vn.tramso.booking.Queues;
import vn.tramso.booking.Resident;
import vn.tramso.booking.SlotRef;
import vn.tramso.booking.TestVillages;
import vn.tramso.booking.WeeklySlot;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/** The volunteer's queue and duty schedule at Trà Phương, each test on its own day. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("tnv.traphuong")
class VolunteerViewsTest extends SpringBrowserlessTest {

    static final String TRA_PHUONG = "HY-HQ-TRA-PHUONG";

    @Autowired
    Bookings bookings;
    @Autowired
    TestVillages villages;
    @Autowired
    DutySchedule schedule;
    @Autowired
    Places places;
    @Autowired
    Queues queue;

    @Test
    void the_queue_lists_helped_called_waiting_then_expected_and_a_ticket_checks_in_by_its_code() {
        LocalDate day = LocalDate.of(2026, 12, 14);
        TestDatabase.CLOCK.set(day.atTime(7, 0).minusDays(1));
        Booking appointment = book(new SlotRef(day, LocalTime.of(10, 0)), "Bà Hoa", "0912000001");
        TestDatabase.CLOCK.set(day.atTime(9, 5));
        Booking first = book(null, "Ông Tâm", null);
        TestDatabase.CLOCK.set(day.atTime(9, 10));
        Booking second = book(null, "Chị Mai", null);

        navigate(QueueView.class);
        assertThat(names()).containsExactly("Ông Tâm", "Chị Mai", "Bà Hoa");
        assertThat(state(2)).isEqualTo("Đã hẹn");
        Booking nextWeek = book(new SlotRef(day.plusDays(8), LocalTime.of(8, 0)), "Cô Nga", "0912000003");
        roundTrip();
        String coming = $(Div.class).withClassName("coming-list").single().getElement().getTextRecursively();
        assertThat(coming).as("the coming days list next week's appointment, not today's")
                .contains("22/12 08:00 · Số " + nextWeek.ticketNumber() + " · Cô Nga").doesNotContain("Bà Hoa");

        click("call-next");
        assertThat(notification()).isEqualTo("Đã gọi số " + first.ticketNumber() + ": Ông Tâm");
        assertThat(state(0)).isEqualTo("Đã gọi");

        TextField code = $(TextField.class).withClassName("checkin-code").single();
        test(code).setValue("1234 0000");
        click("check-in");
        assertThat(notification()).contains("Không tìm thấy lịch hẹn");
        test(code).setValue(appointment.displayCode());
        click("check-in");
        assertThat(notification()).isEqualTo("Số " + appointment.ticketNumber() + ": Bà Hoa đã có mặt");
        assertThat(names()).as("due at 10:00, after the walk-ins").containsExactly("Ông Tâm", "Chị Mai", "Bà Hoa");
        assertThat(state(2)).isEqualTo("Đang chờ");

        test($(Button.class, cards().get(0)).withClassName("row-start").single()).click();
        assertThat(state(0)).isEqualTo("Đang giúp");
        test($(Button.class, cards().get(0)).single()).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .as("finish opens the help session's log for this booking").isEqualTo("volunteer/session?booking=" + first.id());
        queue.finishWithoutRecord(first.id(), NoRecordReason.QUESTION_ONLY);
        navigate(QueueView.class);
        assertThat(names()).as("finished moves to the end").containsExactly("Chị Mai", "Bà Hoa", "Ông Tâm");
        assertThat(bookings.find(first.code())).get().extracting(Booking::state).isEqualTo(BookingState.DONE);
        assertThat(second.state()).isEqualTo(BookingState.WAITING);
    }

    @Test
    void a_booking_made_at_the_kiosk_appears_in_the_open_queue() {
        LocalDate day = LocalDate.of(2026, 12, 15);
        TestDatabase.CLOCK.set(day.atTime(14, 0));
        navigate(QueueView.class);
        int before = cards().size();

        book(null, "Anh Dũng", null);
        roundTrip();
        assertThat(cards()).hasSize(before + 1);
        assertThat(names()).contains("Anh Dũng");
    }

    @Test
    void a_volunteer_books_for_a_resident_who_phoned_once_however_often_book_is_pressed() {
        LocalDate day = LocalDate.of(2026, 12, 16);
        TestDatabase.CLOCK.set(day.atTime(15, 10));
        navigate(QueueView.class);
        click("book-for");
        test($(TextField.class).withClassName("book-for-name").single()).setValue("Cụ Lành");
        click("book-for-submit");
        assertThat(names()).containsOnlyOnce("Cụ Lành");

        click("book-for");
        test($(TextField.class).withClassName("book-for-name").single()).setValue("X");
        click("book-for-submit");
        assertThat($(Paragraph.class).withClassName("book-for-error").single().getText()).contains("ít nhất 2 chữ cái");
    }

    @Test
    void the_schedule_adds_weekly_hours_refuses_overlaps_and_closes_a_day_only_without_bookings() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 17, 8, 0));
        Village village = places.village(TRA_PHUONG).orElseThrow();
        navigate(ScheduleView.class);
        int slots = schedule.weekly(village.id()).size();

        $(TimePicker.class).all().get(0).setValue(LocalTime.of(21, 0));
        $(TimePicker.class).all().get(1).setValue(LocalTime.of(22, 0));
        $(IntegerField.class).single().setValue(1);
        click("add-slot");
        List<WeeklySlot> after = schedule.weekly(village.id());
        assertThat(after).hasSize(slots + 1).anySatisfy(w -> assertThat(w.startsAt()).isEqualTo(LocalTime.of(21, 0)));

        $(TimePicker.class).all().get(0).setValue(LocalTime.of(20, 30));
        click("add-slot");
        assertThat(notification()).contains("trùng với giờ đã có");
        assertThat(schedule.weekly(village.id())).hasSize(slots + 1);
        schedule.removeWeekly(village.id(), after.stream().filter(w -> w.startsAt().equals(LocalTime.of(21, 0))
                && w.day() == java.time.DayOfWeek.MONDAY).findFirst().orElseThrow().id());

        click("add-closure");
        assertThat(notification()).as("no day chosen").isEqualTo("Chọn một ngày từ hôm nay trở đi và ghi lý do nghỉ.");

        book(new SlotRef(LocalDate.of(2026, 12, 18), LocalTime.of(9, 0)), "Bác Sơn", "0912000002");
        $(com.vaadin.flow.component.datepicker.DatePicker.class).single().setValue(LocalDate.of(2026, 12, 18));
        $(TextField.class).single().setValue("Họp thôn");
        click("add-closure");
        assertThat(notification()).contains("Đang có người đặt hẹn");
        assertThat(schedule.isClosed(village.id(), LocalDate.of(2026, 12, 18))).isFalse();
    }

    private Booking book(SlotRef slot, String name, String phone) {
        return bookings.book(new BookingRequest(TRA_PHUONG, slot, Topic.VNEID, null, null, new Resident(name, phone),
                villages.desk(), "volunteer-test-" + name + slot));
    }

    /** Today's queue, one card per ticket, in the order shown. */
    private List<QueueCard> cards() {
        return $(QueueCard.class).all();
    }

    private List<String> names() {
        return cards().stream().map(c -> c.booking().residentName()).toList();
    }

    private String state(int card) {
        return cards().get(card).state();
    }

    private void click(String className) {
        test($(Button.class).withClassName(className).single()).click();
    }

    private String notification() {
        List<Notification> shown = $(Notification.class).all();
        return test(shown.getLast()).getText();
    }
}
