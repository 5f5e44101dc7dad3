package vn.tramso.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.BookingService;
import vn.tramso.booking.Channel;
import vn.tramso.booking.QueueService;
import vn.tramso.booking.Requester;
import vn.tramso.booking.Resident;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.HouseholdService;
import vn.tramso.household.MemberDetails;
import vn.tramso.household.OnePlusTen;
import vn.tramso.place.PlaceService;

/**
 * Every staff screen of a volunteer, a commune leader and a province admin, on a cheap phone held
 * upright (360×740, touch): nothing scrolls sideways, inside any box either, and every button,
 * link, chip and field is at least 44×44 px (see {@link PhoneFit}). Fails with the list of
 * offenders, screen by screen.
 */
class StaffScreensOnPhoneJourneyTest extends BrowserJourney {

    static final List<String> VOLUNTEER = List.of("/volunteer", "/volunteer/schedule", "/volunteer/session", "/volunteer/my-households",
            "/volunteer/sessions", "/volunteer/households", "/volunteer/household/{household}", "/concerns", "/staff/password",
            "/staff/two-step");
    static final List<String> LEADER = List.of("/dashboard", "/volunteer/sessions", "/volunteer/households", "/concerns", "/ratings",
            "/alerts", "/admin/places", "/staff/accounts", "/staff/password");
    static final List<String> PROVINCE_ADMIN = List.of("/dashboard", "/ratings", "/alerts", "/admin/places", "/staff/accounts",
            "/concerns", "/volunteer/sessions");

    @Autowired
    TestStaff staff;
    @Autowired
    BookingService bookings;
    @Autowired
    QueueService queue;
    @Autowired
    HouseholdService households;
    @Autowired
    OnePlusTen onePlusTen;
    @Autowired
    PlaceService places;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_staff_screen_of_three_accounts_fits_a_360_px_phone_with_targets_a_finger_can_hit() {
        TestDatabase.CLOCK.set(LocalDate.now().atTime(LocalTime.of(9, 0)));
        long household = aQueueAndAHousehold();

        List<String> offenders = new ArrayList<>();
        offenders.addAll(visit("tnv.traphuong", VOLUNTEER, household));
        offenders.addAll(visit("lanhdao.hongquang", LEADER, household));
        offenders.addAll(visit("tinh.hungyen", PROVINCE_ADMIN, household));

        Assertions.assertThat(offenders).as("%d things that scroll sideways or are too small for a finger at 360×740:%n%s",
                offenders.size(), String.join("\n", offenders)).isEmpty();
    }

    private List<String> visit(String username, List<String> routes, long household) {
        List<String> found = new ArrayList<>();
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2).setLocale("vi-VN"))) {
            Page p = phone.newPage();
            p.navigate(url("/login"));
            p.locator("vaadin-login-form input[name=username]").waitFor(FIRST_RENDER);
            found.addAll(PhoneFit.offenders(p).stream().map(o -> "/login: " + o).toList());
            signIn(p, username, "demo1234");
            p.waitForURL(Pattern.compile(".*/(volunteer|dashboard|staff)$"));
            for (String route : routes) {
                String path = route.replace("{household}", String.valueOf(household));
                p.navigate(url(path));
                p.locator(".staff-page").first().waitFor(FIRST_RENDER);
                p.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
                p.waitForTimeout(300); // a grid sizes its columns after the first paint
                String name = username + " " + route.replace("{household}", "…");
                p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("phone-" + name.replaceAll("[^a-z0-9]+", "-") + ".png")));
                found.addAll(PhoneFit.offenders(p).stream().map(o -> name + ": " + o).toList());
            }
        }
        return found;
    }

    /** Today at Trà Phương: one resident being helped, one called, two waiting; a household in the volunteer's care. */
    private long aQueueAndAHousehold() {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        String key = "phone-" + System.nanoTime() % 100_000;
        return staff.as("tnv.traphuong", () -> {
            long h = households.addHousehold(village, new HouseholdDetails("PH" + key.substring(6), "Lê Văn Thành", "Xóm Đông", null));
            households.addMember(h, new MemberDetails("Lê Thị Hoa", 1961, true, null, null));
            onePlusTen.assign(List.of(h), jdbc.sql("SELECT id FROM user_account WHERE username = 'tnv.traphuong'").query(Long.class).single());
            List<Booking> queued = new ArrayList<>();
            for (String name : List.of("Nguyễn Thị Bích Ngọc", "Trần Văn Hùng", "Phạm Thị Lan Anh", "Hoàng Văn Minh")) {
                queued.add(bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", null, Topic.VNEID, null, null, new Resident(name, null),
                        new Requester.Staff(Channel.DESK), key + name.hashCode())));
            }
            queue.start(village, queued.get(0).id());
            queue.call(village, queued.get(1).id());
            return h;
        });
    }
}
