package vn.tramso.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.Channel;
import vn.tramso.booking.Queues;
import vn.tramso.booking.Requester;
import vn.tramso.booking.Resident;
import vn.tramso.concern.ConcernCategory;
import vn.tramso.concern.ConcernSource;
import vn.tramso.concern.Concerns;
import vn.tramso.concern.NewConcern;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Households;
import vn.tramso.household.MemberDetails;
import vn.tramso.household.Assignments;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.Outbox;
import vn.tramso.place.Places;
import vn.tramso.usage.KioskUsage;
import vn.tramso.usage.UsageKind;
import vn.tramso.usage.UsageSummaries;

/**
 * Every staff screen and its main dialogs, for a volunteer, a commune leader, a province admin and
 * the system admin, by touch on a cheap phone held upright (360×740), a larger one (390×844) and a
 * 10-inch tablet held upright (800×1280) and sideways (1280×800): nothing scrolls sideways, inside
 * any box either, every button, link, chip and field is at least 44×44 px and every text at least
 * 16 px (see {@link PhoneFit}); on a phone, the main action of the volunteer's screens opens in the
 * lower two-thirds of the screen, under the thumb. Each screen is opened once and re-checked at
 * each size (the window resized in place). Fails with the list of offenders, size by size.
 */
class StaffScreensOnPhoneJourneyTest extends BrowserJourney {

    record Viewport(String name, int width, int height) {
        boolean phone() {
            return width < 600;
        }
    }

    static final List<Viewport> VIEWPORTS = List.of(new Viewport("phone 360×740", 360, 740), new Viewport("phone 390×844", 390, 844),
            new Viewport("tablet upright 800×1280", 800, 1280), new Viewport("tablet sideways 1280×800", 1280, 800));

    /** A screen, or a dialog opened on it by tapping {@code opener}; {@code mainAction}: what a thumb must reach on a phone. */
    record Screen(String route, String opener, String mainAction) {
        static Screen page(String route) {
            return new Screen(route, null, null);
        }

        static Screen dialog(String route, String opener) {
            return new Screen(route, opener, null);
        }

        static Screen withMainAction(String route, String mainAction) {
            return new Screen(route, null, mainAction);
        }

        String name() {
            return route + (opener == null ? "" : " + dialog of " + opener);
        }
    }

    static final List<Screen> VOLUNTEER = List.of(Screen.withMainAction("/volunteer", ".call-next"), Screen.dialog("/volunteer", ".book-for"),
            Screen.page("/volunteer/schedule"), Screen.withMainAction("/volunteer/session", ".session-save"),
            Screen.page("/volunteer/my-households"), Screen.page("/volunteer/sessions"), Screen.page("/volunteer/households"),
            Screen.page("/volunteer/household/{household}"), Screen.dialog("/volunteer/household/{household}", ".edit-household"),
            Screen.withMainAction("/concerns", ".new-concern"), Screen.withMainAction("/message-choices", ".choice-save"),
            Screen.page("/staff/password"), Screen.page("/staff/two-step"));
    static final List<Screen> LEADER = List.of(Screen.page("/dashboard"), Screen.page("/volunteer/sessions"),
            Screen.page("/volunteer/households"), Screen.page("/concerns"), Screen.dialog("/concerns", ".concern-answer-button"),
            Screen.page("/ratings"), Screen.page("/alerts"), Screen.page("/admin/places"), Screen.dialog("/admin/places", ".place-rename"),
            Screen.page("/staff/accounts"), Screen.page("/messages"), Screen.dialog("/messages", ".outbox-settings"),
            Screen.page("/usage"), Screen.page("/staff/password"));
    static final List<Screen> PROVINCE_ADMIN = List.of(Screen.page("/dashboard"), Screen.page("/ratings"), Screen.page("/alerts"),
            Screen.page("/admin/places"), Screen.page("/staff/accounts"), Screen.page("/concerns"), Screen.page("/volunteer/sessions"));
    static final List<Screen> ADMIN = List.of(Screen.page("/admin"), Screen.page("/admin/kiosks"), Screen.dialog("/admin/kiosks", ".list-devices"),
            Screen.dialog("/admin/kiosks", ".issue-code"), Screen.page("/usage"));

    @Autowired
    TestStaff staff;
    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    Households households;
    @Autowired
    Assignments onePlusTen;
    @Autowired
    Places places;
    @Autowired
    Concerns concerns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    KioskUsage usage;
    @Autowired
    UsageSummaries usageSummaries;

    @Test
    void every_staff_screen_of_four_accounts_fits_two_phones_and_a_tablet_either_way_with_targets_a_finger_can_hit() {
        TestDatabase.CLOCK.set(LocalDate.now().atTime(LocalTime.of(9, 0)));
        long household = aQueueAndAHousehold();
        aConcernTheCommuneIsWorkingOn();
        twoMessagesOneFailedOneWaiting();
        threeVisitsAtTheKiosk();

        Map<Viewport, List<String>> offenders = new LinkedHashMap<>();
        VIEWPORTS.forEach(v -> offenders.put(v, new ArrayList<>()));
        visit("tnv.traphuong", VOLUNTEER, household, offenders);
        visit("lanhdao.hongquang", LEADER, household, offenders);
        visit("tinh.hungyen", PROVINCE_ADMIN, household, offenders);
        visit("admin", ADMIN, household, offenders);

        String counts = offenders.entrySet().stream().map(e -> e.getKey().name() + ": " + e.getValue().size())
                .collect(Collectors.joining(", "));
        System.out.println("Offenders by screen size: " + counts);
        List<String> all = offenders.entrySet().stream().flatMap(e -> e.getValue().stream().map(o -> e.getKey().name() + " " + o)).toList();
        Assertions.assertThat(all).as("%d things that scroll sideways, are too small for a finger or to read, or out of a thumb's reach (%s):%n%s",
                all.size(), counts, String.join("\n", all)).isEmpty();
    }

    private void visit(String username, List<Screen> screens, long household, Map<Viewport, List<String>> found) {
        Viewport first = VIEWPORTS.getFirst();
        try (BrowserContext touch = browser.newContext(new Browser.NewContextOptions().setViewportSize(first.width(), first.height())
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2).setLocale("vi-VN"))) {
            Page p = touch.newPage();
            p.navigate(url("/login"));
            p.locator("vaadin-login-form input[name=username]").waitFor(FIRST_RENDER);
            checkEverySize(p, "/login", null, found);
            signIn(p, username, "demo1234");
            p.waitForURL(Pattern.compile(".*/(volunteer|dashboard|staff|admin)$"));
            for (Screen screen : screens) {
                p.setViewportSize(first.width(), first.height());
                p.navigate(url(screen.route().replace("{household}", String.valueOf(household))));
                p.locator(".staff-page, .admin").first().waitFor(FIRST_RENDER);
                settle(p);
                if (screen.opener() != null) {
                    p.locator(screen.opener()).first().click();
                    p.waitForFunction("() => [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened)");
                    settle(p);
                }
                String name = username + " " + screen.name().replace("{household}", "…");
                p.waitForTimeout(300); // a grid sizes its columns after the first paint
                p.screenshot(new Page.ScreenshotOptions().setFullPage(screen.opener() == null)
                        .setPath(SCREENSHOTS.resolve("phone-" + name.replaceAll("[^a-z0-9]+", "-") + ".png")));
                checkEverySize(p, name, screen.mainAction(), found);
            }
        }
    }

    /** Checks the page as it is at each size, the window resized in place (as a tablet turned sideways). */
    private static void checkEverySize(Page p, String name, String mainAction, Map<Viewport, List<String>> found) {
        for (Viewport v : VIEWPORTS) {
            if (p.viewportSize().width != v.width() || p.viewportSize().height != v.height()) {
                p.setViewportSize(v.width(), v.height());
                p.waitForTimeout(150); // layout and a grid's resize observer
            }
            List<String> here = new ArrayList<>(PhoneFit.offenders(p));
            if (mainAction != null && v.phone()) {
                PhoneFit.outOfThumbsReach(p, mainAction).ifPresent(here::add);
            }
            here.forEach(o -> found.get(v).add(name + ": " + o));
        }
    }

    private static void settle(Page p) {
        p.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    /** This morning at Trà Phương's kiosk: three visits into a guide, one to its end, one asking for help: the usage funnel has rows. */
    private void threeVisitsAtTheKiosk() {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        for (int steps = 1; steps <= 3; steps++) {
            UUID visit = UUID.randomUUID();
            usage.record("tra-phuong", village, visit, UsageKind.VISIT_STARTED, null, null);
            usage.record("tra-phuong", village, visit, UsageKind.GUIDE_OPENED, "dvc-tra-cuu", 1);
            for (int step = 1; step <= steps; step++) {
                usage.record("tra-phuong", village, visit, UsageKind.STEP_REACHED, "dvc-tra-cuu", step);
            }
            usage.record("tra-phuong", village, visit, steps == 2 ? UsageKind.HELP_ASKED : UsageKind.ABANDONED, "dvc-tra-cuu", steps);
        }
        usageSummaries.refresh();
    }

    /** Today at Trà Phương: a message that failed (with its reason and "send again") and one waiting (with "cancel"). */
    private void twoMessagesOneFailedOneWaiting() {
        var village = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        String key = "phone-fit-" + System.nanoTime();
        for (String kind : List.of("failed", "waiting")) {
            outbox.enqueue(null, key + kind, new Message(MessageKind.BOOKING_REMINDER, "0912 345 678", "Tram So: nhac hen", Map.of()),
                    LocalDate.now().atTime(18, 0), village.id(), village.communeId());
        }
        jdbc.sql("UPDATE notification SET state = 'FAILED', failure_reason = 'eSMS SendStatus 5 (not delivered)' WHERE dedupe_key = :k")
                .param("k", key + "failed").update();
    }

    /** A concern from Trà Phương the commune has started on: the leader can answer it. */
    private void aConcernTheCommuneIsWorkingOn() {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        long id = staff.as("tnv.traphuong", () -> concerns.record(new NewConcern(village, ConcernCategory.ROADS_LIGHTING,
                "Đèn đường xóm Đông hỏng đã hai tuần, trời tối rất khó đi", ConcernSource.HOME_VISIT, null, null, "0912 345 678")));
        staff.run("tnv.traphuong", () -> concerns.forward(id));
        staff.run("lanhdao.hongquang", () -> concerns.start(id, "Giao cán bộ địa chính"));
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
