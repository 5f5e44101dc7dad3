package vn.tramso.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tramso.ClientNavigation.path;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.ClientNavigation;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.QrScanner;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingCodes;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.Resident;
import vn.tramso.booking.SlotRef;
import vn.tramso.booking.TestVillages;
import vn.tramso.notification.Outbox;
import vn.tramso.place.TestKiosks;

/**
 * Booking help at the kiosk without a browser: each screen's one decision, the keypads, the ID
 * card scan after consent, the ticket, and finding, cancelling and moving a booking. Each test
 * works on its own day at Trà Phương so the queues do not mix.
 */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class BookingViewsTest extends SpringBrowserlessTest {

    private static final Class<Component> STEP_VIEW = Screens.named("vn.tramso.guide.ui.StepView");

    @Autowired
    Bookings bookings;
    @Autowired
    TestVillages villages;
    @Autowired
    TestStaff staff;
    @Autowired
    TestKiosks kiosks;

    @BeforeEach
    void atTheEnrolledKioskOfTraPhuong() {
        kiosks.openHere("tra-phuong");
    }
    @Autowired
    Outbox outbox;

    @Test
    void from_a_guide_step_a_resident_joins_the_queue_typing_the_name_on_the_keypad() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 7, 9, 30));
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/4", STEP_VIEW);
        test(button("help-button")).click();
        ClientNavigation.follow();
        assertThat(title()).as("the topic comes from the guide").isEqualTo("Khi nào bạn muốn được giúp?");

        tap("walk-in-choice");
        tap("type-choice");
        assertThat(button("name-next").isEnabled()).isFalse();
        for (String key : List.of("key-N", "key-G", "key-U", "key-Y", "key-Ê", "key-N", "tone-nga", "key-space", "key-A", "key-N")) {
            tap(key);
        }
        assertThat(text("keypad-display")).isEqualTo("NGUYỄN AN");
        tap("name-next");

        assertThat(title()).isEqualTo("Kiểm tra lại");
        assertThat(body()).contains("Định danh điện tử VNeID", "Xếp hàng ngay bây giờ", "NGUYỄN AN")
                .doesNotContain("Số điện thoại");
        tap("confirm-booking");

        assertThat(title()).isEqualTo("Bạn đã vào hàng chờ");
        String code = text("ticket-code").replace(" ", "");
        Booking booking = bookings.find(code).orElseThrow();
        assertThat(booking.residentName()).isEqualTo("NGUYỄN AN");
        assertThat(booking.phone()).as("a walk-in gives no phone").isNull();
        assertThat(booking.guideId()).isEqualTo("vneid-muc-2");
        assertThat(booking.guideStep()).isEqualTo(4);
        assertThat(text("ticket-number")).isEqualTo(String.valueOf(booking.ticketNumber()));
        assertThat(body()).as("no name on the ticket").doesNotContain("NGUYỄN AN");
        assertThat($(Html.class).all()).anySatisfy(h -> assertThat(h.getElement().getOuterHTML()).contains("ticket-qr"));
    }

    @Test
    void an_id_card_is_read_only_after_consent_and_a_bad_card_is_explained() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 8, 7, 30));
        navigate("kiosk/tra-phuong/book", BookHelpView.class);
        tap("topic-suckhoe");
        tap("day-choice");
        assertThat(title()).isEqualTo("Chọn giờ – Hôm nay, 08/12");
        assertThat(button("time-choice").getElement().getTextRecursively()).startsWith("08:00 – 09:00");
        tap("time-choice");
        tap("scan-choice");

        assertThat(title()).isEqualTo("Bạn đồng ý cho đọc thẻ?");
        assertThat(body()).contains("xoá sau 90 ngày", "Không lưu số căn cước",
                "Hình từ camera được gửi về máy chủ Trạm Số để đọc mã QR rồi bỏ ngay: không lưu, không ghi hình");
        assertThat($(QrScanner.class).all()).as("no reading before consent").isEmpty();
        tap("consent-agree");

        QrScanner scanner = $(QrScanner.class).single();
        scanner.deliver("033156001234|123456789|Nguyễn Thị Lan|31021956|Nữ|x|y");
        assertThat($(Paragraph.class).withClassName("scan-message").single().getText()).contains("Không đọc được thẻ này");
        scanner.deliver("https://example.com/not-a-card");
        assertThat($(Paragraph.class).withClassName("scan-message").single().getText()).contains("không phải mã QR của thẻ");
        scanner.deliver("033156001234§123456789§Nguyễn Thị Lan§12031956§Nữ§Thôn Trà Phương§15082021");

        assertThat(text("card-name")).isEqualTo("Nguyễn Thị Lan");
        tap("card-name-yes");
        for (char digit : "0912345678".toCharArray()) {
            tap("key-" + digit);
        }
        assertThat(text("keypad-display")).isEqualTo("0912 345 678");
        tap("phone-next");
        tap("back-button");
        assertThat(text("keypad-display")).as("back from confirm keeps the number").isEqualTo("0912 345 678");
        assertThat(button("phone-next").isEnabled()).isTrue();
        tap("phone-next");
        tap("confirm-booking");

        assertThat(title()).isEqualTo("Bạn đã đặt hẹn");
        assertThat(text("ticket-when")).isEqualTo("Hẹn lúc 08:00, Thứ Ba, 08/12");
        Booking booking = bookings.find(text("ticket-code")).orElseThrow();
        assertThat(booking.residentName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(booking.topic()).isEqualTo(Topic.SUCKHOE);
        assertThat(outbox.ofBooking(booking.id())).as("the confirmation is queued").isNotEmpty();
        assertThat(body()).contains("0912 *** 678");
    }

    @Test
    void a_slot_filled_while_the_resident_was_typing_offers_the_next_free_one() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 9, 6, 30));
        navigate("kiosk/tra-phuong/book", BookHelpView.class);
        tap("topic-vneid");
        tap("day-choice");
        tap("time-choice"); // 07:00
        tap("type-choice");
        tap("key-A");
        tap("key-N");
        tap("name-next");
        for (char digit : "0987654321".toCharArray()) {
            tap("key-" + digit);
        }
        tap("phone-next");
        for (int i = 0; i < 2; i++) { // meanwhile two others take the two places
            appointment(LocalDateTime.of(2026, 12, 9, 7, 0), Topic.VNEID, new Resident("Người khác", "0912000000"), "fill-" + i);
        }
        tap("confirm-booking");

        assertThat(title()).isEqualTo("Chưa đặt được");
        assertThat(text("refusal")).isEqualTo("Giờ này vừa kín chỗ. Giờ còn chỗ gần nhất: 08:00, Thứ Tư, 09/12.");
        tap("take-next");
        tap("confirm-booking");
        assertThat(text("ticket-when")).isEqualTo("Hẹn lúc 08:00, Thứ Tư, 09/12");
    }

    @Test
    void a_walk_in_whose_duty_slot_ended_meanwhile_gives_a_phone_before_taking_the_next_slot() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 29, 10, 58));
        navigate("kiosk/tra-phuong/book", BookHelpView.class);
        tap("topic-vneid");
        tap("walk-in-choice");
        tap("type-choice");
        tap("key-A");
        tap("key-N");
        tap("name-next");
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 29, 11, 2)); // the morning duty is over
        tap("confirm-booking");

        assertThat(text("refusal")).isEqualTo("Bây giờ không có tình nguyện viên trực. Giờ còn chỗ gần nhất: 13:00, Thứ Ba, 29/12.");
        tap("take-next");
        assertThat(title()).as("an appointment's reminder needs a phone").isEqualTo("Số điện thoại của bạn");
        for (char digit : "0987654321".toCharArray()) {
            tap("key-" + digit);
        }
        tap("phone-next");
        tap("confirm-booking");
        assertThat(text("ticket-when")).isEqualTo("Hẹn lúc 13:00, Thứ Ba, 29/12");
    }

    @Test
    void a_resident_finds_a_booking_by_its_code_moves_it_and_cancels_it() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 10, 7, 30));
        Booking booking = appointment(LocalDateTime.of(2026, 12, 11, 9, 0), Topic.DICHVUCONG, new Resident("Trần Văn Minh", "0912111222"), "find-me");
        navigate("kiosk/tra-phuong/my-booking", MyBookingView.class);
        for (char digit : "00000000".toCharArray()) {
            tap("key-" + digit);
        }
        tap("find-booking");
        assertThat($(Paragraph.class).withClassName("scan-message").single().getText()).contains("Không tìm thấy lịch hẹn");

        $(QrScanner.class).single().deliver(BookingCodes.qrPayload(booking.code()));
        assertThat(title()).isEqualTo("Phiếu hẹn của bạn");
        assertThat(text("ticket-when")).isEqualTo("Hẹn lúc 09:00, Thứ Sáu, 11/12");

        tap("move-booking");
        tap("day-choice"); // today, 10/12: the first day with free places
        tap("time-choice"); // 08:00
        assertThat(text("ticket-when")).isEqualTo("Hẹn lúc 08:00, Thứ Năm, 10/12");

        tap("cancel-booking");
        assertThat(body()).contains("Lịch hẹn lúc 08:00, Thứ Năm, 10/12 sẽ bị huỷ.");
        tap("cancel-yes");
        assertThat(body()).contains("Đã huỷ lịch hẹn");
        assertThat(bookings.find(booking.code())).get().extracting(Booking::state).isEqualTo(BookingState.CANCELLED);
    }

    @Test
    void after_ten_wrong_codes_the_kiosk_asks_to_wait_and_finds_nothing_even_for_the_right_code() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 28, 7, 30));
        Booking booking = appointment(LocalDateTime.of(2026, 12, 28, 10, 0), Topic.VNEID, new Resident("Lê Thị Hoa", "0912555666"), "guessed");
        navigate("kiosk/tra-phuong/my-booking", MyBookingView.class);
        QrScanner scanner = $(QrScanner.class).single();
        for (int i = 1; i <= 10; i++) {
            scanner.deliver(BookingCodes.qrPayload("%08d".formatted(booking.code().equals("%08d".formatted(i)) ? 99 : i)));
            assertThat(scanMessage()).startsWith("Không tìm thấy lịch hẹn");
        }
        scanner.deliver(BookingCodes.qrPayload(booking.code()));
        assertThat(scanMessage()).isEqualTo("Đã nhập sai mã nhiều lần. Xin chờ khoảng 10 phút rồi thử lại, hoặc nhờ tình nguyện viên giúp.");
        assertThat(title()).isEqualTo("Lịch hẹn của tôi");

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 28, 7, 41));
        navigate("kiosk/tra-phuong/my-booking", MyBookingView.class);
        $(QrScanner.class).single().deliver(BookingCodes.qrPayload(booking.code()));
        assertThat(title()).isEqualTo("Phiếu hẹn của bạn");
    }

    @Test
    void a_resident_arriving_for_today_checks_in_at_the_kiosk_and_sees_the_people_ahead() {
        LocalDate day = LocalDate.of(2026, 12, 13);
        TestDatabase.CLOCK.set(day.atTime(7, 0).minusDays(1));
        Booking appointment = appointment(day.atTime(9, 0), Topic.VNEID, new Resident("Bà Hạnh", "0912333444"), "self-check-in");
        navigate("kiosk/tra-phuong/my-booking", MyBookingView.class);
        $(QrScanner.class).single().deliver(BookingCodes.qrPayload(appointment.code()));
        assertThat($(Button.class).withClassName("self-check-in").all()).as("not on another day").isEmpty();

        TestDatabase.CLOCK.set(day.atTime(8, 50));
        staff.as("admin", () -> bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", null, Topic.VNEID, null, null, Resident.withoutPhone("Ông Tư"),
                villages.desk(), "self-check-in-ahead")));
        navigate("kiosk/tra-phuong/my-booking", MyBookingView.class);
        $(QrScanner.class).single().deliver(BookingCodes.qrPayload(appointment.code()));
        tap("self-check-in");
        assertThat(text("ticket-status")).isEqualTo("Còn 1 người trước bạn, chờ khoảng 15 phút.");
        assertThat(bookings.find(appointment.code())).get().extracting(Booking::state).isEqualTo(BookingState.WAITING);
    }

    @Test
    void back_leads_to_the_previous_question_and_from_the_first_one_home() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 12, 9, 30));
        navigate("kiosk/tra-phuong/book", BookHelpView.class);
        tap("topic-luadao");
        assertThat(title()).isEqualTo("Khi nào bạn muốn được giúp?");
        tap("back-button");
        assertThat(title()).isEqualTo("Bạn cần giúp về việc gì?");
        test(button("back-button")).click();
        ClientNavigation.follow();
        assertThat(path()).isEqualTo("kiosk/tra-phuong/home");
    }

    /** An appointment at Trà Phương's cultural house, booked at its kiosk. */
    private Booking appointment(LocalDateTime slot, Topic topic, Resident resident, String key) {
        return staff.as("admin", () -> bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", new SlotRef(slot.toLocalDate(), slot.toLocalTime()),
                topic, null, null, resident, villages.desk(), key)));
    }

    private void tap(String className) {
        test(button(className)).click();
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).all().getFirst();
    }

    private String title() {
        return $(H1.class).single().getText();
    }

    private String text(String className) {
        return $(com.vaadin.flow.component.Component.class).withClassName(className).all().getFirst()
                .getElement().getTextRecursively();
    }

    private String scanMessage() {
        return $(Paragraph.class).withClassName("scan-message").single().getText();
    }

    private String body() {
        return $(com.vaadin.flow.component.html.Main.class).single().getElement().getTextRecursively();
    }
}
