package vn.tramso.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpClient;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestPlaces;
import vn.tramso.TestStaff;

/**
 * Each commune's choice for its messages, against fake Zalo and eSMS servers (WireMock, real HTTP)
 * and the outbox in MariaDB: a commune's order carries its messages while another commune keeps the
 * installation's, its own daily budget refuses the message past it, and only its leader (or the
 * admin) changes it.
 */
@IntegrationTest
class CommuneMessagesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 5, 10, 9, 0);

    @RegisterExtension
    static WireMockExtension fake = FakeProviders.server();

    @Autowired
    CommuneMessages messages;
    @Autowired
    CommuneMessageStore store;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSending sending;
    @Autowired
    SmsReceipts receipts;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestPlaces places;

    final MessageAlerts alerts = new MessageAlerts(new SimpleMeterRegistry());
    final HttpClient http = MessageGateways.httpClient();

    long communeA;
    long communeB;


    @BeforeEach
    void twoCommunes() {
        jdbc.sql("DELETE FROM zalo_token").update();
        TestDatabase.CLOCK.set(NOW);
        communeA = commune("A");
        communeB = commune("B");
    }

    @Test
    void a_commune_that_chose_sms_only_never_calls_zalo_while_another_commune_keeps_zalo_first() {
        staff.run("admin", () -> messages.save(communeA, Map.of(MessageKind.BOOKING_CONFIRMED, ChannelChoice.SMS_ONLY), null));
        zaloAccepts();
        esmsAccepts();
        long ofA = enqueue(communeA, MessageKind.BOOKING_CONFIRMED);
        long ofB = enqueue(communeB, MessageKind.BOOKING_CONFIRMED);

        assertThat(dispatcher().dispatch(ofA)).isTrue();
        assertThat(dispatcher().dispatch(ofB)).isTrue();

        assertThat(requests(ZnsSender.PATH, "tracking_id", ofA)).as("commune A chose SMS only: Zalo never called").isEmpty();
        assertThat(requests(EsmsSender.PATH, "RequestId", ofA)).hasSize(1);
        assertThat(outbox.byId(ofA).orElseThrow().delivery().channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(requests(ZnsSender.PATH, "tracking_id", ofB)).as("commune B chose nothing: Zalo first").hasSize(1);
        assertThat(requests(EsmsSender.PATH, "RequestId", ofB)).isEmpty();
        assertThat(outbox.byId(ofB).orElseThrow().delivery().channel()).isEqualTo(NotificationChannel.ZALO);
    }

    @Test
    void the_choice_is_per_kind_of_message() {
        staff.run("admin", () -> messages.save(communeA, Map.of(MessageKind.BOOKING_REMINDER, ChannelChoice.SMS_THEN_ZALO), null));
        zaloAccepts();
        esmsAccepts();
        long reminder = enqueue(communeA, MessageKind.BOOKING_REMINDER);
        long confirmation = enqueue(communeA, MessageKind.BOOKING_CONFIRMED);

        dispatcher().dispatch(reminder);
        dispatcher().dispatch(confirmation);

        assertThat(outbox.byId(reminder).orElseThrow().delivery().channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(outbox.byId(confirmation).orElseThrow().delivery().channel()).as("no choice for this kind").isEqualTo(NotificationChannel.ZALO);
    }

    @Test
    void with_zalo_only_a_resident_without_zalo_gets_nothing_and_the_leader_reads_why() {
        staff.run("admin", () -> messages.save(communeA, Map.of(MessageKind.BOOKING_CONFIRMED, ChannelChoice.ZALO_ONLY), null));
        oauthGives();
        fake.stubFor(post(urlEqualTo(ZnsSender.PATH)).willReturn(okJson("{\"error\":-118,\"message\":\"no zalo\"}")));
        esmsAccepts();
        long id = enqueue(communeA, MessageKind.BOOKING_CONFIRMED);

        assertThat(dispatcher().dispatch(id)).isFalse();

        assertThat(requests(EsmsSender.PATH, "RequestId", id)).as("the commune left SMS out: no SMS bill").isEmpty();
        Notification n = outbox.byId(id).orElseThrow();
        assertThat(n.state()).isEqualTo(NotificationState.FAILED);
        assertThat(FailureReason.of(n.delivery().failureReason())).isEqualTo(FailureReason.NOT_BY_CHOSEN_CHANNEL);
        assertThat(n.delivery().failureReason()).contains("-118");
    }

    @Test
    void a_commune_that_chose_only_a_channel_not_set_up_here_sends_nothing_and_says_so() {
        staff.run("admin", () -> messages.save(communeA, Map.of(MessageKind.BOOKING_CONFIRMED, ChannelChoice.ZALO_ONLY), null));
        esmsAccepts();
        long id = enqueue(communeA, MessageKind.BOOKING_CONFIRMED);

        long another = enqueue(communeA, MessageKind.BOOKING_CONFIRMED);

        // SMS alone configured: the eSMS sender itself, or behind FallbackSender as MessageGateways sets it up
        new OutboxDispatcher(sending, esms(), store).dispatch(id);
        new OutboxDispatcher(sending, FallbackSender.of(List.of(esms())), store).dispatch(another);

        assertThat(fake.getAllServeEvents()).as("no SMS the commune did not want").isEmpty();
        for (long message : List.of(id, another)) {
            Notification n = outbox.byId(message).orElseThrow();
            assertThat(n.state()).isEqualTo(NotificationState.FAILED);
            assertThat(FailureReason.of(n.delivery().failureReason())).isEqualTo(FailureReason.CHOSEN_CHANNEL_NOT_SET_UP);
        }
    }

    @Test
    void a_communes_own_daily_budget_refuses_the_message_past_it_and_another_commune_keeps_the_installations() {
        staff.run("admin", () -> messages.save(communeA, Map.of(), 2));

        assertThat(outbox.enqueue(null, key("a1"), message(MessageKind.BOOKING_REMINDER), NOW, null, communeA)).isTrue();
        assertThat(outbox.enqueue(null, key("a2"), message(MessageKind.BOOKING_REMINDER), NOW, null, communeA)).isTrue();
        String third = key("a3");
        assertThat(outbox.enqueue(null, third, message(MessageKind.BOOKING_REMINDER), NOW, null, communeA)).as("the 3rd of 2").isFalse();
        assertThat(outbox.byKey(third)).isEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(outbox.enqueue(null, key("b" + i), message(MessageKind.BOOKING_REMINDER), NOW, null, communeB)).isTrue();
        }
        CommuneMessageSettings a = staff.as("admin", () -> messages.of(communeA));
        assertThat(a.budget()).isEqualTo(2);
        assertThat(a.queuedToday()).isEqualTo(2);
        assertThat(staff.as("admin", () -> messages.of(communeB)).dailyBudget()).as("the installation's").isNull();

        TestDatabase.CLOCK.set(NOW.plusDays(1));
        assertThat(outbox.enqueue(null, key("a-next-day"), message(MessageKind.BOOKING_REMINDER), NOW.plusDays(1), null, communeA))
                .as("a new day, a new budget").isTrue();
    }

    @Test
    void a_commune_that_chose_nothing_shows_the_installations_order_and_budget() {
        CommuneMessageSettings b = staff.as("admin", () -> messages.of(communeB));

        assertThat(b.chosen()).isFalse();
        assertThat(b.orders()).as("every kind").containsOnlyKeys(MessageKind.values())
                .allSatisfy((kind, choice) -> assertThat(choice).isEqualTo(ChannelChoice.ZALO_THEN_SMS));
        assertThat(b.budget()).isEqualTo(300);
        assertThat(b.changedAt()).isEmpty();
    }

    @Test
    void a_leader_of_another_commune_a_province_admin_and_a_volunteer_are_refused() {
        Map<MessageKind, ChannelChoice> smsOnly = Map.of(MessageKind.BOOKING_CONFIRMED, ChannelChoice.SMS_ONLY);
        for (String user : List.of("lanhdao.hongquang", "tinh.hungyen", "tnv.traphuong")) {
            assertThatThrownBy(() -> staff.run(user, () -> messages.save(communeA, smsOnly, 10))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.as(user, () -> messages.of(communeA))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(store.orders(communeA)).isEmpty();
        assertThat(store.dailyBudget(communeA)).isEmpty();
        assertThat(staff.as("lanhdao.hongquang", () -> messages.communes())).extracting(c -> c.code()).containsExactly("HY-HQ");
        assertThat(staff.as("tinh.hungyen", () -> messages.communes())).isEmpty();
    }

    @Test
    void a_budget_out_of_bounds_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> staff.run("admin", () -> messages.save(communeA, Map.of(), CommuneMessages.MAX_BUDGET + 1)))
                .isInstanceOf(MessageSettingsRefusedException.class);
        assertThatThrownBy(() -> staff.run("admin", () -> messages.save(communeA, Map.of(), -1)))
                .isInstanceOf(MessageSettingsRefusedException.class);
        assertThat(store.dailyBudget(communeA)).isEmpty();

        staff.run("admin", () -> messages.save(communeA, Map.of(), 0));
        assertThat(outbox.enqueue(null, key("none"), message(MessageKind.BOOKING_CONFIRMED), NOW, null, communeA))
                .as("0: the commune sends no message").isFalse();
    }

    private long commune(String name) {
        String code = "CM" + name + System.nanoTime() % 100_000_000L;
        return places.commune(code, "Xã thử " + name + " " + code);
    }

    private OutboxDispatcher dispatcher() {
        ZaloSettings zalo = FakeProviders.zalo(fake.baseUrl());
        ZnsSender zns = new ZnsSender(zalo, http, new ZaloTokens(new ZaloTokenStore(jdbc), zalo, http, TestDatabase.CLOCK, alerts), alerts);
        return new OutboxDispatcher(sending, FallbackSender.of(List.of(zns, esms())), store);
    }

    private EsmsSender esms() {
        SmsSettings sms = FakeProviders.sms(fake.baseUrl(), "UBND XA");
        return new EsmsSender(sms, http, receipts.callbackUrl().or(() -> Optional.of("https://tramso.example/hooks/esms/x")), alerts);
    }

    private static void oauthGives() {
        fake.stubFor(post(urlEqualTo(ZaloOAuth.PATH)).willReturn(okJson(
                "{\"access_token\":\"access-1\",\"refresh_token\":\"refresh-2\",\"expires_in\":\"90000\"}")));
    }

    private static void zaloAccepts() {
        oauthGives();
        fake.stubFor(post(urlEqualTo(ZnsSender.PATH)).willReturn(okJson("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"z-1\"}}")));
    }

    private static void esmsAccepts() {
        fake.stubFor(post(urlEqualTo(EsmsSender.PATH)).willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"sms-1\"}")));
    }

    private long enqueue(long commune, MessageKind kind) {
        String key = key(kind.name());
        assertThat(outbox.enqueue(null, key, message(kind), NOW, null, commune)).isTrue();
        return outbox.byKey(key).orElseThrow().id();
    }

    private static String key(String what) {
        return "commune-msg:" + what + ":" + System.nanoTime();
    }

    private static Message message(MessageKind kind) {
        return new Message(kind, "0912345678", "Tram So: hen 09:00",
                Map.of("time", "09:00", "date", "12/05", "place", "NVH", "ticket", "4", "code", "48213907", "answer", "Da xu ly"));
    }

    /** The requests the fake received for one message, found by its request id (eSMS's RequestId, Zalo's tracking_id). */
    private List<LoggedRequest> requests(String path, String idField, long id) {
        String requestId = outbox.byId(id).orElseThrow().requestId();
        return fake.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .filter(r -> JsonMapper.shared().readTree(r.getBodyAsString()).path(idField).asString("").equals(requestId))
                .toList();
    }
}
