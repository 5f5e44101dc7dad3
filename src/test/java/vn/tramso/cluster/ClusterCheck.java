package vn.tramso.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.tramso.journey.HeadlessChromium;

/**
 * What must hold when Trạm Số runs on two application nodes behind HAProxy on a Galera cluster
 * (docker/cluster/up.sh), each shown with its figure: run by docker/cluster/check.sh, never in
 * the normal test run. Kiosks and staff are real Chromium pages pinned to a node by HAProxy's
 * {@code SRV} cookie, as a browser is after its first answer.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterCheck {

    static final Cluster cluster = new Cluster();
    static final String KIOSK = "tra-phuong";
    static final String VILLAGE = "HY-HQ-TRA-PHUONG";
    static Playwright playwright;
    static Browser browser;
    static String kioskToken;
    /** Ticket codes confirmed on a screen so far: each must still be in the database after every failure. */
    static final List<String> confirmed = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        for (String node : List.of("a", "b")) {
            assertThat(cluster.ready(node)).as("application node " + node + " is ready (run up.sh first)").isTrue();
        }
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
        kioskToken = cluster.enrolKiosk(KIOSK);
        // The demo's cultural house opens round the clock for the check, so walk-in tickets can be taken at any hour.
        try (Connection c = cluster.db()) {
            c.createStatement().executeUpdate("""
                    INSERT IGNORE INTO duty_slot (village_id, day_of_week, starts_at, ends_at, capacity)
                    SELECT v.id, d.seq, MAKETIME(h.seq, 0, 0), IF(h.seq = 23, TIME '23:59:59', MAKETIME(h.seq + 1, 0, 0)), 2
                    FROM village v JOIN seq_1_to_7 d JOIN seq_0_to_23 h WHERE v.code = '%s'""".formatted(VILLAGE));
        }
    }

    @AfterAll
    static void stop() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @Order(1)
    void flyway_migrated_once_though_both_nodes_started_together() throws Exception {
        try (Connection c = cluster.db(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT COUNT(*), COUNT(DISTINCT version), SUM(success = 0) FROM flyway_schema_history WHERE version IS NOT NULL""")) {
            rs.next();
            int applied = rs.getInt(1);
            print("Flyway", "%d versioned migrations in the history, %d distinct, %d failed; node a: \"%s\", node b: \"%s\"",
                    applied, rs.getInt(2), rs.getInt(3), flywayLine("a"), flywayLine("b"));
            assertThat(rs.getInt(2)).as("each migration once").isEqualTo(applied);
            assertThat(rs.getInt(3)).isZero();
        }
    }

    private static String flywayLine(String node) throws Exception {
        return cluster.log(node).lines().filter(l -> l.contains("Successfully applied") || l.contains("is up to date"))
                .reduce((first, second) -> second).map(l -> l.replaceAll("^.*: ", "")).orElse("(no Flyway line)");
    }

    @Test
    @Order(2)
    void scheduled_jobs_run_once_across_nodes() throws Exception {
        String job = "job=\"adoption-summaries\"";
        double a0 = cluster.counter("a", "tramso_jobs_runs_total", job);
        double b0 = cluster.counter("b", "tramso_jobs_runs_total", job);
        int seconds = 60;
        Thread.sleep(seconds * 1000L);
        double a = cluster.counter("a", "tramso_jobs_runs_total", job) - a0;
        double b = cluster.counter("b", "tramso_jobs_runs_total", job) - b0;
        print("Jobs", "the summaries' refresh (every 10 s on each node, see up.sh) ran %.0f times in %d s: %.0f on node a, %.0f on node b;"
                + " without the lock it would have run about %d times", a + b, seconds, a, b, 2 * seconds / 10);
        assertThat(a + b).as("about once per 10 s across both nodes, not once per node").isBetween(3.0, seconds / 10.0 + 1);
    }

    @Test
    @Order(3)
    void a_booking_race_spread_over_both_nodes_never_overbooks() throws Exception {
        int perNode = 5;
        List<Kiosk> kiosks = new ArrayList<>();
        for (int i = 0; i < 2 * perNode; i++) {
            Kiosk kiosk = new Kiosk(i % 2 == 0 ? "a" : "b");
            kiosk.walkToConfirmation("BAN", phone());
            kiosks.add(kiosk);
        }
        String slot = kiosks.getFirst().slotChosen();
        for (Kiosk kiosk : kiosks) {
            assertThat(kiosk.slotChosen()).as("every kiosk chose the same slot").isEqualTo(slot);
        }
        double conflicts = conflicts();
        long start = System.nanoTime();
        for (Kiosk kiosk : kiosks) {
            kiosk.page.locator(".confirm-booking").dispatchEvent("click");
        }
        int booked = 0, full = 0;
        for (Kiosk kiosk : kiosks) {
            assertThat(kiosk.page.locator("h1")).hasText(Pattern.compile("Bạn đã đặt hẹn|Chưa đặt được"));
            if (kiosk.page.locator("h1").innerText().equals("Bạn đã đặt hẹn")) {
                booked++;
                confirmed.add(kiosk.ticketCode());
            } else {
                assertThat(kiosk.page.locator(".refusal")).containsText("kín chỗ");
                full++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int overbooked = overbookedSlots();
        print("Booking race", "%d kiosks (%d on each node) confirmed the same slot (%s; capacity 2, minus any earlier booking) within %d ms:"
                + " %d booked, %d told it is full; slots over capacity in the database: %d; write conflicts retried: %.0f",
                kiosks.size(), perNode, slot, millis, booked, full, overbooked, conflicts() - conflicts);
        kiosks.forEach(Kiosk::close);
        assertThat(booked).as("the slot's free places, at most its capacity of 2").isBetween(1, 2);
        assertThat(overbooked).isZero();
    }

    /** Attempts that lost a deadlock or a Galera conflict and were made again, over both nodes. */
    private static double conflicts() throws Exception {
        return cluster.counter("a", "tramso_write_conflicts_total", "outcome=\"lost\"")
                + cluster.counter("b", "tramso_write_conflicts_total", "outcome=\"lost\"");
    }

    private static int overbookedSlots() throws Exception {
        try (Connection c = cluster.db(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT COUNT(*) FROM (SELECT b.service_date, b.slot_starts_at, COUNT(*) AS n FROM booking b
                JOIN village v ON v.id = b.village_id WHERE v.code = '%s' AND b.slot_starts_at IS NOT NULL AND b.state <> 'CANCELLED'
                GROUP BY b.service_date, b.slot_starts_at HAVING n > 2) full_slots""".formatted(VILLAGE))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    @Order(4)
    void a_call_on_node_a_moves_the_people_ahead_on_a_kiosk_of_node_b() throws Exception {
        Kiosk ahead = new Kiosk("a");
        for (int i = 0; i < 3; i++) {
            ahead.takeWalkIn("TRUOC");
            confirmed.add(ahead.ticketCode());
            ahead.page.navigate(cluster.front + "/kiosk/" + KIOSK + "/home");
        }
        Kiosk waiting = new Kiosk("b");
        waiting.takeWalkIn("SAU");
        confirmed.add(waiting.ticketCode());
        Staff volunteer = new Staff("a", "tnv.traphuong", "/volunteer");
        List<Long> latencies = new ArrayList<>();
        Locator status = waiting.page.locator(".ticket-status");
        for (int i = 0; i < 3; i++) {
            String before = status.innerText();
            long start = System.nanoTime();
            volunteer.page.locator(".call-next").click();
            waiting.page.waitForFunction("old => document.querySelector('.ticket-status').innerText !== old", before,
                    new Page.WaitForFunctionOptions().setTimeout(10_000).setPollingInterval(10));
            latencies.add((System.nanoTime() - start) / 1_000_000);
        }
        print("Push, queue", "a volunteer on node a calls the next ticket; a kiosk on node b shows the new people ahead after %s ms", latencies);

        Staff leader = new Staff("a", "lanhdao.hongquang", "/alerts");
        Kiosk attract = new Kiosk("b");
        attract.page.navigate(cluster.front + "/kiosk/" + KIOSK);
        String title = "Cảnh báo kiểm tra cụm " + ThreadLocalRandom.current().nextInt(1000, 9999);
        leader.page.locator(".alert-title input").fill(title);
        leader.page.locator(".alert-text textarea").fill("Kiểm tra: cảnh báo đăng ở máy chủ a hiện trên kiosk của máy chủ b.");
        long start = System.nanoTime();
        leader.page.locator(".alert-publish").click();
        assertThat(attract.page.locator(".notice-banner")).containsText(title);
        long alertMillis = (System.nanoTime() - start) / 1_000_000;
        leader.page.locator(".alert-card").filter(new Locator.FilterOptions().setHasText(title)).locator(".alert-withdraw").click();
        print("Push, alert", "an alert published on node a shows on a kiosk of node b after %d ms", alertMillis);

        List.of(ahead, waiting, attract).forEach(Kiosk::close);
        volunteer.close();
        leader.close();
        assertThat(latencies).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(2000));
        assertThat(alertMillis).isLessThanOrEqualTo(2000);
    }

    @Test
    @Order(5)
    void an_application_node_killed_its_kiosks_and_staff_come_back_on_the_other() throws Exception {
        Kiosk kiosk = new Kiosk("b");
        kiosk.takeWalkIn("CON");
        String ticket = kiosk.ticketCode();
        confirmed.add(ticket);
        kiosk.page.navigate(cluster.front + "/kiosk/" + KIOSK + "/home");
        assertThat(kiosk.page.locator(".book-tile")).isVisible();
        Staff volunteer = new Staff("b", "tnv.traphuong", "/volunteer");
        assertThat(volunteer.page.locator(".queue-list")).containsText("CON");
        try {
            AtomicLong reloaded = new AtomicLong();
            kiosk.page.onLoad(page -> reloaded.compareAndSet(0, System.nanoTime()));
            long start = System.nanoTime();
            cluster.node("kill", "b");
            // The resident's next tap reaches node a, which has no such screen: Vaadin loads the
            // kiosk's home page again from node a, and the resident taps again.
            Locator topic = kiosk.page.getByText("Bạn cần giúp về việc gì?");
            kiosk.page.locator(".book-tile").click();
            kiosk.page.waitForCondition(() -> topic.isVisible() || reloaded.get() != 0,
                    new Page.WaitForConditionOptions().setTimeout(30_000));
            long homeAgain = reloaded.get() == 0 ? -1 : (reloaded.get() - start) / 1_000_000;
            if (!topic.isVisible()) {
                kiosk.page.locator(".book-tile").click();
            }
            assertThat(kiosk.page.locator("h1")).hasText("Bạn cần giúp về việc gì?");
            long kioskBack = (System.nanoTime() - start) / 1_000_000;
            assertThat(kiosk.node()).as("the kiosk is now served by node a").isEqualTo("a");
            assertThat(kiosk.page.url()).as("no new enrolment: the device cookie let it in").contains("/kiosk/" + KIOSK);

            volunteer.page.reload();
            Staff.signInIfAsked(volunteer.page, "tnv.traphuong");
            assertThat(volunteer.page.locator(".queue-list")).containsText("CON");
            long staffBack = (System.nanoTime() - start) / 1_000_000;
            print("Node killed", "app node b killed (SIGKILL) under a kiosk and a volunteer: the resident's next tap brought the kiosk's home"
                    + " page back from node a %d ms after the kill (-1: no reload), and the tap after it answered at %d ms (device cookie kept,"
                    + " no enrolment); the volunteer signed in again on node a at %d ms and saw the ticket taken on node b", homeAgain, kioskBack, staffBack);
            assertNothingConfirmedLost();
        } finally {
            kiosk.close();
            volunteer.close();
            cluster.node("start", "b");
        }
    }

    @Test
    @Order(6)
    void a_database_node_stopped_mid_run_nothing_confirmed_is_lost() throws Exception {
        Kiosk kiosk = new Kiosk("a");
        kiosk.takeWalkIn("GALERA");
        confirmed.add(kiosk.ticketCode());
        kiosk.page.navigate(cluster.front + "/kiosk/" + KIOSK + "/home");

        kiosk.walkInToConfirmation("SAU GALERA");
        long start = System.nanoTime();
        try {
            cluster.node("kill", "db1"); // the node both application nodes write through
            int busy = kiosk.confirmThroughOutage();
            long firstTicket = (System.nanoTime() - start) / 1_000_000;
            confirmed.add(kiosk.ticketCode());
            long bothReady = awaitReady() - start / 1_000_000;
            print("Database node killed", "Galera node db1 killed (SIGKILL) under a resident about to confirm: the busy screen came %d time(s),"
                    + " the ticket was confirmed after %d ms (HAProxy's database front moved the new connections to %s); both nodes ready after %d ms",
                    busy, firstTicket, cluster.databaseNodeServing(), bothReady);
            assertThat(cluster.databaseNodeServing()).isEqualTo("db2");
            assertNothingConfirmedLost();
        } finally {
            long rejoin = System.nanoTime();
            cluster.node("start", "db1");
            print("Database node back", "db1 started again and was Synced with the cluster after %d ms (it caught up by incremental state transfer)",
                    (System.nanoTime() - rejoin) / 1_000_000);
        }
        Thread.sleep(4000); // HAProxy's checks see db1 Synced (rise 3 × 1 s) and cut the connections to db2
        kiosk.page.navigate(cluster.front + "/kiosk/" + KIOSK + "/home");
        kiosk.walkInToConfirmation("SAU DB");
        int busyAfter = kiosk.confirmThroughOutage();
        confirmed.add(kiosk.ticketCode());
        print("Back on db1", "the next ticket after db1's return was confirmed (busy screen %d time(s): connections to db2 are cut when db1 is back);"
                + " new connections reach %s", busyAfter, cluster.databaseNodeServing());
        assertThat(cluster.databaseNodeServing()).as("every write goes through db1 again").isEqualTo("db1");
        kiosk.close();
        assertNothingConfirmedLost();
    }

    private static long awaitReady() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (cluster.ready("a") && cluster.ready("b")) {
                return System.nanoTime() / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the application nodes were not ready again within 60 s");
    }

    private static void assertNothingConfirmedLost() throws Exception {
        List<String> missing = new ArrayList<>();
        try (Connection c = cluster.db(); var find = c.prepareStatement("SELECT COUNT(*) FROM booking WHERE code = ?")) {
            for (String code : confirmed) {
                find.setString(1, code);
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1) {
                        missing.add(code);
                    }
                }
            }
        }
        print("Nothing lost", "%d tickets confirmed on screens so far, %d missing from the database", confirmed.size(), missing.size());
        assertThat(missing).isEmpty();
    }

    private static String phone() {
        return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    static void print(String what, String format, Object... args) {
        System.out.printf("%n=== %-22s %s%n", what, String.format(format, args));
    }

    /** A kiosk browser pinned to one application node by HAProxy's cookie, enrolled by its device cookie. */
    static final class Kiosk {
        final BrowserContext context;
        final Page page;

        Kiosk(String node) {
            context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
            context.addCookies(List.of(new Cookie("SRV", node).setUrl(cluster.front), new Cookie("tramso_kiosk", kioskToken).setUrl(cluster.front)));
            page = context.newPage();
            page.navigate(cluster.front + "/kiosk/" + KIOSK + "/home");
        }

        /** The node that served the last answer, by HAProxy's cookie. */
        String node() {
            return context.cookies(cluster.front).stream().filter(c -> c.name.equals("SRV")).map(c -> c.value).findFirst().orElse("?");
        }

        void walkToConfirmation(String name, String phone) {
            page.locator(".book-tile").click();
            page.locator(".topic-choice.topic-dichvucong").click();
            page.locator(".day-choice:not([disabled])").first().click();
            page.locator(".time-choice:not([disabled])").first().click();
            typeName(name);
            for (char digit : phone.toCharArray()) {
                page.locator(".key-" + digit).click();
            }
            page.locator(".phone-next").click();
            assertThat(page.locator("h1")).hasText("Kiểm tra lại");
        }

        void takeWalkIn(String name) {
            walkInToConfirmation(name);
            page.locator(".confirm-booking").click();
            assertThat(page.locator("h1")).hasText("Bạn đã vào hàng chờ");
        }

        void walkInToConfirmation(String name) {
            page.locator(".book-tile").click();
            page.locator(".topic-choice.topic-dichvucong").click();
            page.locator(".walk-in-choice").click();
            typeName(name);
            assertThat(page.locator("h1")).hasText("Kiểm tra lại");
        }

        /**
         * Taps "confirm", and "Thử lại" on the busy screen for as long as the database does not
         * answer, as a resident would; returns how many times the busy screen came.
         */
        int confirmThroughOutage() {
            page.locator(".confirm-booking").click();
            Locator ticket = page.getByText("Bạn đã vào hàng chờ");
            Locator retry = page.locator(".outage-retry");
            int busy = 0;
            while (true) {
                ticket.or(retry).first().waitFor();
                if (ticket.isVisible()) {
                    return busy;
                }
                busy++;
                retry.click();
                page.waitForTimeout(500);
            }
        }

        private void typeName(String name) {
            page.locator(".type-choice").click();
            for (char c : name.toCharArray()) {
                page.locator(c == ' ' ? ".key-space" : ".key-" + c).click();
            }
            page.locator(".name-next").click();
        }

        /** The appointment's time as the confirmation screen shows it. */
        String slotChosen() {
            return page.locator(".booking-summary").innerText().lines()
                    .filter(line -> line.matches("\\d\\d:\\d\\d – .*")).findFirst().orElse("?");
        }

        String ticketCode() {
            return page.locator(".ticket-code").innerText().replace(" ", "");
        }

        void close() {
            context.close();
        }
    }

    /** A staff member signed in on one application node. */
    static final class Staff {
        final BrowserContext context;
        final Page page;

        Staff(String node, String username, String path) {
            context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("vi-VN"));
            context.addCookies(List.of(new Cookie("SRV", node).setUrl(cluster.front)));
            page = context.newPage();
            page.navigate(cluster.front + path);
            signInIfAsked(page, username);
            page.waitForURL(Pattern.compile(".*" + Pattern.quote(path) + "(\\?continue)?$"));
        }

        static void signInIfAsked(Page page, String username) {
            Locator form = page.locator("vaadin-login-form input[name=username]");
            form.or(page.locator(".staff-page")).first().waitFor();
            if (form.isVisible()) {
                form.fill(username);
                page.locator("vaadin-login-form input[name=password]").fill("demo1234");
                page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [theme~=submit]").first().click();
            }
        }

        void close() {
            context.close();
        }
    }
}
