package vn.tramso.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.KioskAssets;
import vn.tramso.base.cluster.NodeSignals;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/** Scam alerts: who publishes for which communes, when they show at a village's kiosk, and the call to open kiosks. */
@IntegrationTest
class AlertsTest {

    @Autowired
    Alerts alerts;
    @Autowired
    KioskNotices notices;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Places places;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    NodeSignals nodeA;
    @Autowired
    KioskAssets assets;
    @Autowired
    AlertReadings readings;

    @Test
    void an_alert_shows_at_the_communes_kiosks_only_within_its_period_and_not_once_withdrawn() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        Village vanLa = places.village("HN-HV-VAN-LA").orElseThrow();
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 2, 1, 8, 0));
        AtomicInteger told = new AtomicInteger();
        Runnable unsubscribe = notices.subscribe(told::incrementAndGet);
        long id;
        try {
            id = staff.as("lanhdao.hongquang", () -> alerts.publish("Giả danh công an gọi điện",
                    "Công an không bao giờ gọi điện yêu cầu cài ứng dụng hay chuyển tiền.", LocalDateTime.of(2027, 2, 1, 9, 0),
                    LocalDateTime.of(2027, 2, 8, 9, 0), List.of(tra.communeId()), null));
        } finally {
            unsubscribe.run();
        }
        assertThat(told.get()).as("open kiosks are told").isEqualTo(1);
        assertThat(ids(tra)).as("not yet").doesNotContain(id);

        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 2, 1, 9, 0));
        assertThat(ids(tra)).contains(id);
        assertThat(ids(vanLa)).as("another commune").doesNotContain(id);

        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 2, 8, 9, 0));
        assertThat(ids(tra)).as("expired").doesNotContain(id);

        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 2, 3, 9, 0));
        staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
        assertThat(ids(tra)).as("withdrawn").doesNotContain(id);
        assertThat(staff.as("lanhdao.hongquang", alerts::mine)).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.withdrawn()).isTrue();
        });
    }

    @Test
    void an_alert_published_on_one_node_reaches_the_kiosks_on_another_at_its_next_poll() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 4, 1, 8, 0));
        NodeSignals nodeB = new NodeSignals(jdbc, transactions, "node-b-" + UUID.randomUUID());
        AlertNotices noticesOnB = new AlertNotices(alerts, nodeB, assets, readings);
        nodeB.poll();
        AtomicInteger toldOnB = new AtomicInteger();
        noticesOnB.subscribe(toldOnB::incrementAndGet);

        long id = staff.as("lanhdao.hongquang", () -> alerts.publish("Tin nhắn giả mạo ngân hàng",
                "Ngân hàng không gửi đường link yêu cầu đăng nhập.", null, LocalDateTime.of(2027, 4, 8, 8, 0),
                List.of(tra.communeId()), null));
        assertThat(toldOnB.get()).as("node B's kiosks, before its poll").isZero();
        nodeA.flush(); // the row is written by node A's writer thread, after the commit
        nodeB.poll();
        assertThat(toldOnB.get()).as("node B's kiosks look again").isEqualTo(1);
        assertThat(noticesOnB.current(tra.id())).extracting(KioskNotices.Notice::id).contains(id);
        nodeB.poll();
        assertThat(toldOnB.get()).as("once").isEqualTo(1);
        staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
    }

    @Test
    void a_leader_publishes_only_for_their_commune_and_a_bad_alert_is_refused_plainly() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        Village vanLa = places.village("HN-HV-VAN-LA").orElseThrow();
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 3, 1, 8, 0));
        LocalDateTime end = LocalDateTime.of(2027, 3, 5, 8, 0);

        assertThatThrownBy(() -> staff.run("lanhdao.hongquang", () -> alerts.publish("Tin giả", "Nội dung", null, end,
                List.of(vanLa.communeId()), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.traphuong", () -> alerts.publish("Tin giả", "Nội dung", null, end,
                List.of(tra.communeId()), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> alerts.publish(" ", "Nội dung", null, end,
                List.of(tra.communeId()), null)))).isEqualTo(AlertRefusedException.Reason.NO_TITLE);
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> alerts.publish("Tiêu đề", "Nội dung", null,
                LocalDateTime.of(2027, 2, 1, 8, 0), List.of(tra.communeId()), null)))).isEqualTo(AlertRefusedException.Reason.BAD_PERIOD);
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> alerts.publish("Tiêu đề", "Nội dung", null,
                LocalDateTime.of(2027, 8, 1, 8, 0), List.of(tra.communeId()), null)))).as("at most 90 days")
                .isEqualTo(AlertRefusedException.Reason.BAD_PERIOD);
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> alerts.publish("Tiêu đề", "Nội dung", null, end, List.of(), null))))
                .isEqualTo(AlertRefusedException.Reason.NO_COMMUNE);
        assertThat(staff.as("tinh.hungyen", () -> alerts.publish("Cảnh báo toàn tỉnh", "Cẩn thận tin nhắn trúng thưởng", null, end,
                List.of(tra.communeId(), places.commune(tra.communeId()).orElseThrow().id()), null))).isPositive();
    }

    @Test
    void a_picture_is_checked_like_an_illustration_and_shown_as_rebuilt() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 4, 1, 8, 0));
        LocalDateTime end = LocalDateTime.of(2027, 4, 2, 8, 0);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n<!-- a phone -->\n"
                + "<rect width=\"10\" height=\"10\" fill=\"#c00\"/>\n</svg>";
        String hostile = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n<rect width=\"10\"/>\n"
                + "<image href=\"https://evil.example/track.png\"/>\n</svg>";
        int before = jdbc.sql("SELECT COUNT(*) FROM scam_alert").query(Integer.class).single();

        AlertRefusedException refused = catchThrowableOfType(AlertRefusedException.class, () -> staff.run("lanhdao.hongquang",
                () -> alerts.publish("Ảnh lạ", "Nội dung", null, end, List.of(tra.communeId()), hostile)));
        assertThat(refused.reason()).isEqualTo(AlertRefusedException.Reason.BAD_PICTURE);
        assertThat(refused.detail()).contains("dòng 3", "<image>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scam_alert").query(Integer.class).single()).as("nothing published").isEqualTo(before);

        long id = staff.as("lanhdao.hongquang", () -> alerts.publish("Tin nhắn giả ngân hàng", "Không bấm vào đường link lạ.", null,
                end, List.of(tra.communeId()), svg));
        KioskNotices.Notice shown = notices.current(tra.id()).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        assertThat(shown.picture().src()).as("a file named by its content").matches("/kiosk-assets/[0-9a-f]{64}\\.svg");
        String served = new String(assets.file(shown.picture().src().substring(KioskAssets.PATH.length())).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(served).contains("<rect", "viewBox=\"0 0 10 10\"").doesNotContain("a phone");
    }

    private List<Long> ids(Village village) {
        return notices.current(village.id()).stream().map(KioskNotices.Notice::id).toList();
    }

    private static AlertRefusedException.Reason refusal(ThrowingCallable action) {
        AlertRefusedException refused = catchThrowableOfType(AlertRefusedException.class, action);
        return refused == null ? null : refused.reason();
    }
}
