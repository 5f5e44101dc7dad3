package vn.tramso.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;

/**
 * The two gateways against fake eSMS and Zalo servers (WireMock on a random port, real HTTP) and the
 * outbox in MariaDB: what each provider receives, what each answer does to the message, the token
 * renewal across two nodes, and eSMS's delivery receipts through the app's own HTTP port.
 */
@IntegrationTest
class MessageGatewaysTest {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 15, 9, 0);
    static final String ESMS = EsmsSender.PATH;
    static final String ZNS = ZnsSender.PATH;
    static final String OAUTH = ZaloOAuth.PATH;

    @RegisterExtension
    static WireMockExtension fake = FakeProviders.server();

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSending sending;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SmsReceipts receipts;
    @Autowired
    NotificationSender configured;
    @Autowired
    NotificationSettings notificationSettings;
    @LocalServerPort
    int port;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final MessageAlerts alerts = new MessageAlerts(meters);
    final HttpClient http = MessageGateways.httpClient();


    @BeforeEach
    void reset() {
        jdbc.sql("DELETE FROM zalo_token").update();
        TestDatabase.CLOCK.set(NOW);
    }

    SmsSettings sms() {
        return FakeProviders.sms(fake.baseUrl(), "UBND XA HQ");
    }

    ZaloSettings zalo() {
        return FakeProviders.zalo(fake.baseUrl());
    }

    ZaloTokens tokens() {
        return new ZaloTokens(new ZaloTokenStore(jdbc), zalo(), http, TestDatabase.CLOCK, alerts);
    }

    EsmsSender esms() {
        return new EsmsSender(sms(), http, receipts.callbackUrl().or(() -> Optional.of("https://tramso.example/hooks/esms/x")), alerts);
    }

    OutboxDispatcher zaloThenSms() {
        return new OutboxDispatcher(sending, zaloThenSms(tokens()));
    }

    FallbackSender zaloThenSms(ZaloTokens tokens) {
        SequencedMap<NotificationChannel, NotificationSender> channels = new LinkedHashMap<>();
        channels.put(NotificationChannel.ZALO, new ZnsSender(zalo(), http, tokens, alerts));
        channels.put(NotificationChannel.SMS, esms());
        return new FallbackSender(channels);
    }

    long enqueue(String key, String text) {
        String dedupe = "gw:" + key + ":" + System.nanoTime();
        outbox.enqueue(null, dedupe, new Message(MessageKind.BOOKING_CONFIRMED, "0912345678", text,
                Map.of("time", "09:00", "date", "17/03", "place", "NVH Tra Phuong", "ticket", "4", "code", "48213907")), NOW, null, 1L);
        return outbox.byKey(dedupe).orElseThrow().id();
    }

    Notification row(long id) {
        return jdbc.sql("SELECT dedupe_key FROM notification WHERE id = :id").param("id", id).query(String.class).optional()
                .flatMap(outbox::byKey).orElseThrow();
    }

    static void oauthGives(String access, String refresh) {
        fake.stubFor(post(urlEqualTo(OAUTH)).willReturn(okJson(
                "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\",\"expires_in\":\"90000\"}")));
    }

    static void znsAnswers(String json) {
        fake.stubFor(post(urlEqualTo(ZNS)).willReturn(okJson(json)));
    }

    static void esmsAnswers(String code) {
        fake.stubFor(post(urlEqualTo(ESMS)).willReturn(okJson("{\"CodeResult\":\"" + code + "\",\"SMSID\":\"sms-" + code + "\"}")));
    }

    /** What the fake provider received for the message {@code id}: eSMS by its RequestId, Zalo by its tracking_id. */
    List<JsonNode> requests(String path, long id) {
        String key = path.equals(ESMS) ? "RequestId" : "tracking_id";
        String requestId = row(id).requestId();
        return fake.findAll(postRequestedFor(urlEqualTo(path))).stream().map(LoggedRequest::getBodyAsString)
                .map(JsonMapper.shared()::readTree).filter(body -> body.path(key).asString("").equals(requestId)).toList();
    }

    @Test
    void a_zns_send_carries_the_template_its_data_the_phone_in_84_form_and_the_request_id_with_a_renewed_token() {
        oauthGives("access-1", "refresh-2");
        znsAnswers("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"zalo-msg-7\"}}");
        long id = enqueue("zns", "Tram So: Da hen ho tro luc 09:00");

        assertThat(zaloThenSms().dispatch(id)).isTrue();

        List<JsonNode> sent = requests(ZNS, id);
        assertThat(sent).as("found by its tracking_id, the message's request id").hasSize(1);
        assertThat(sent.getFirst().path("phone").asString()).isEqualTo("84912345678");
        assertThat(sent.getFirst().path("template_id").asString()).isEqualTo("tpl-confirm");
        assertThat(sent.getFirst().path("template_data").path("code").asString()).isEqualTo("48213907");
        assertThat(fake.findAll(postRequestedFor(urlEqualTo(ZNS))).getFirst().getHeader("access_token")).isEqualTo("access-1");
        assertThat(requests(ESMS, id)).isEmpty();
        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.SENT);
        assertThat(n.delivery().channel()).isEqualTo(NotificationChannel.ZALO);
        assertThat(n.delivery().providerMessageId()).isEqualTo("zalo-msg-7");
        assertThat(jdbc.sql("SELECT refresh_token FROM zalo_token").query(String.class).single())
                .as("the new pair stored: the spent refresh token is gone").isEqualTo("refresh-2");
    }

    @Test
    void two_nodes_needing_a_token_at_once_renew_it_once_and_both_use_the_stored_pair() throws Exception {
        // Zalo's refresh token works once: a second use of refresh-1 would be refused.
        fake.stubFor(post(urlEqualTo(OAUTH)).inScenario("once").whenScenarioStateIs(STARTED).willSetStateTo("spent")
                .willReturn(okJson("{\"access_token\":\"access-new\",\"refresh_token\":\"refresh-new\",\"expires_in\":90000}")
                        .withFixedDelay(400)));
        fake.stubFor(post(urlEqualTo(OAUTH)).inScenario("once").whenScenarioStateIs("spent")
                .willReturn(okJson("{\"error\":-14014,\"error_name\":\"Invalid refresh token\"}")));
        ZaloTokens nodeA = tokens();
        ZaloTokens nodeB = tokens();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<ZaloTokens.Token>> a = pool.submit(() -> {
                start.await();
                return nodeA.current();
            });
            Future<Optional<ZaloTokens.Token>> b = pool.submit(() -> {
                start.await();
                return nodeB.current();
            });
            start.countDown();
            assertThat(a.get().map(ZaloTokens.Token::accessToken)).contains("access-new");
            assertThat(b.get().map(ZaloTokens.Token::accessToken)).contains("access-new");
        } finally {
            pool.shutdownNow();
        }
        assertThat(fake.findAll(postRequestedFor(urlEqualTo(OAUTH)))).as("renewed once").hasSize(1);
        assertThat(jdbc.sql("SELECT refresh_token FROM zalo_token").query(String.class).single()).isEqualTo("refresh-new");
        assertThat(meters.find("tramso.messages.operator_problems").counter()).as("no failed renewal").isNull();
    }

    @Test
    void a_rejected_token_minus_124_is_renewed_and_the_message_sent_with_the_new_one() {
        oauthGives("access-1", "refresh-2");
        long id = enqueue("zns-124", "Tram So: hen");
        ZaloTokens tokens = tokens();
        assertThat(tokens.current()).isPresent(); // access-1 stored
        fake.stubFor(post(urlEqualTo(OAUTH)).willReturn(okJson("{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-3\",\"expires_in\":90000}")));
        fake.stubFor(post(urlEqualTo(ZNS)).inScenario("token").whenScenarioStateIs(STARTED).willSetStateTo("renewed")
                .willReturn(okJson("{\"error\":-124,\"message\":\"Access token is invalid\"}")));
        fake.stubFor(post(urlEqualTo(ZNS)).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"error\":0,\"data\":{\"msg_id\":\"m2\"}}")));

        new OutboxDispatcher(sending, zaloThenSms(tokens)).dispatch(id);

        List<LoggedRequest> calls = fake.findAll(postRequestedFor(urlEqualTo(ZNS)));
        assertThat(calls).extracting(r -> r.getHeader("access_token")).containsExactly("access-1", "access-2");
        assertThat(row(id).delivery().channel()).isEqualTo(NotificationChannel.ZALO);
    }

    @ParameterizedTest
    @ValueSource(ints = {-108, -110, -114, -118})
    void a_phone_zalo_cannot_reach_gets_the_message_by_sms_instead(int error) {
        oauthGives("access-1", "refresh-2");
        znsAnswers("{\"error\":" + error + ",\"message\":\"no\"}");
        esmsAnswers("100");
        long id = enqueue("fallback" + error, "Tram So: Đã hẹn hỗ trợ");

        assertThat(zaloThenSms().dispatch(id)).isTrue();

        assertThat(requests(ZNS, id)).hasSize(1);
        assertThat(requests(ESMS, id)).hasSize(1);
        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.SENT);
        assertThat(n.delivery().channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(n.delivery().providerMessageId()).isEqualTo("sms-100");
    }

    @Test
    void an_esms_send_carries_the_messages_request_id_customer_care_type_and_text_without_diacritics() {
        esmsAnswers("100");
        long id = enqueue("esms", "Trạm Số: Đã hẹn hỗ trợ lúc 09:00 tại Nhà văn hóa Trà Phương");

        assertThat(new OutboxDispatcher(sending, esms()).dispatch(id)).isTrue();

        JsonNode body = requests(ESMS, id).getFirst();
        assertThat(body.path("RequestId").asString()).isEqualTo(row(id).requestId());
        assertThat(body.path("Phone").asString()).isEqualTo("0912345678");
        assertThat(body.path("Brandname").asString()).isEqualTo("UBND XA HQ");
        assertThat(body.path("SmsType").asString()).isEqualTo("2");
        assertThat(body.path("IsUnicode").asString()).isEqualTo("0");
        assertThat(body.path("Sandbox").asString()).isEqualTo("1");
        assertThat(body.path("Content").asString()).isEqualTo("Tram So: Da hen ho tro luc 09:00 tai Nha van hoa Tra Phuong");
        assertThat(body.path("CallbackUrl").asString()).startsWith("https://tramso.example/hooks/esms/");
        assertThat(row(id).state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void a_message_zalo_could_not_carry_whose_sms_answer_was_lost_is_retried_by_sms_only_not_by_zalo_once_it_is_back() {
        oauthGives("access-1", "refresh-2");
        fake.stubFor(post(urlEqualTo(ZNS)).inScenario("quota").whenScenarioStateIs(STARTED).willSetStateTo("back")
                .willReturn(okJson("{\"error\":-115,\"message\":\"Out of quota\"}")));
        fake.stubFor(post(urlEqualTo(ZNS)).inScenario("quota").whenScenarioStateIs("back")
                .willReturn(okJson("{\"error\":0,\"data\":{\"msg_id\":\"zalo-late\"}}")));
        // eSMS takes the SMS but its answer is lost on the way back; asked again, it knows the RequestId.
        fake.stubFor(post(urlEqualTo(ESMS)).inScenario("lost").whenScenarioStateIs(STARTED).willSetStateTo("accepted")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        fake.stubFor(post(urlEqualTo(ESMS)).inScenario("lost").whenScenarioStateIs("accepted")
                .willReturn(okJson("{\"CodeResult\":\"124\",\"ErrorMessage\":\"Duplicate RequestId\"}")));
        long id = enqueue("pinned", "Tram So: hen");
        OutboxDispatcher dispatcher = zaloThenSms();

        assertThat(dispatcher.dispatch(id)).as("eSMS's answer lost").isFalse();
        Notification waiting = row(id);
        assertThat(waiting.state()).isEqualTo(NotificationState.PENDING);
        assertThat(waiting.pinnedChannel()).as("SMS may have carried it").isEqualTo(NotificationChannel.SMS);

        TestDatabase.CLOCK.set(waiting.dueAt());
        assertThat(dispatcher.dispatch(id)).isTrue();

        assertThat(requests(ZNS, id)).as("Zalo, back by now, is not asked again: the resident gets one message").hasSize(1);
        assertThat(requests(ESMS, id)).as("the same RequestId twice: eSMS sends one SMS").hasSize(2);
        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.SENT);
        assertThat(n.delivery().channel()).isEqualTo(NotificationChannel.SMS);
    }

    @Test
    void each_message_goes_by_a_random_request_id_of_its_own_and_its_receipt_finds_it_by_that_not_by_the_outbox_id() throws Exception {
        esmsAnswers("100");
        long first = enqueue("rid-1", "Tram So: hen mot");
        long second = enqueue("rid-2", "Tram So: hen hai");
        new OutboxDispatcher(sending, esms()).dispatch(first);
        new OutboxDispatcher(sending, esms()).dispatch(second);

        String requestId = row(first).requestId();
        assertThat(requestId).matches("[0-9a-f]{32}").isNotEqualTo(row(second).requestId()).isNotEqualTo(String.valueOf(first));
        assertThat(requests(ESMS, first)).as("sent as eSMS's RequestId").hasSize(1);
        // A restored backup's new rows reuse outbox ids eSMS saw within its 24 hours; the ids no longer name a message there.
        assertThat(get(SmsReceipts.PATH + secret() + "?RequestId=" + first + "&SendStatus=5&SendSuccess=1&SendFailed=0")).isEqualTo(200);
        assertThat(row(first).state()).isEqualTo(NotificationState.SENT);

        assertThat(get(SmsReceipts.PATH + secret() + "?RequestId=" + requestId + "&SendStatus=5&SendSuccess=1&SendFailed=0")).isEqualTo(200);
        assertThat(row(first).state()).isEqualTo(NotificationState.DELIVERED);
        assertThat(row(second).state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void a_message_queued_before_request_ids_keeps_its_outbox_id_as_one_so_its_retry_and_its_receipt_still_match() throws Exception {
        long id = enqueue("before-v26", "Tram So: hen");
        jdbc.sql("UPDATE notification SET request_id = CAST(id AS CHAR) WHERE id = :id").param("id", id).update(); // what V26 does to it
        esmsAnswers("124"); // its first attempt, before the upgrade, went under its outbox id

        assertThat(new OutboxDispatcher(sending, esms()).dispatch(id)).isTrue();
        assertThat(requests(ESMS, id).getFirst().path("RequestId").asString()).isEqualTo(String.valueOf(id));
        assertThat(get(SmsReceipts.PATH + secret() + "?RequestId=" + id + "&SendStatus=5&SendSuccess=1&SendFailed=0")).isEqualTo(200);

        assertThat(row(id).state()).isEqualTo(NotificationState.DELIVERED);
    }

    @Test
    void an_sms_without_diacritics_carries_gsm_look_alikes_for_what_a_phone_keyboard_types_and_no_emoji() {
        esmsAnswers("100");
        long id = enqueue("gsm", "Trạm Số: “Đã xong” – mời bác đến lúc 9:00\u00a0sáng… Cảm ơn 🙏");

        new OutboxDispatcher(sending, esms()).dispatch(id);

        assertThat(requests(ESMS, id).getFirst().path("Content").asString())
                .isEqualTo("Tram So: \"Da xong\" - moi bac den luc 9:00 sang... Cam on ");
    }

    @Test
    void a_node_that_stops_after_esms_accepted_leaves_a_claim_the_retry_finds_already_sent_as_duplicate_124() {
        fake.stubFor(post(urlEqualTo(ESMS)).inScenario("dup").whenScenarioStateIs(STARTED).willSetStateTo("accepted")
                .willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"sms-1\"}")));
        fake.stubFor(post(urlEqualTo(ESMS)).inScenario("dup").whenScenarioStateIs("accepted")
                .willReturn(okJson("{\"CodeResult\":\"124\",\"ErrorMessage\":\"Duplicate RequestId\"}")));
        long id = enqueue("dup", "Tram So: hen");
        EsmsSender esms = esms();
        // The first node claims and sends, and stops before writing down that eSMS accepted.
        esms.send(sending.claim(id).orElseThrow());
        assertThat(row(id).state()).isEqualTo(NotificationState.PENDING);
        assertThat(new OutboxDispatcher(sending, esms).dispatch(id)).as("hidden while the claim lasts").isFalse();

        TestDatabase.CLOCK.set(NOW.plus(OutboxSending.LEASE).plusSeconds(1));
        assertThat(new OutboxDispatcher(sending, esms).dispatch(id)).isTrue();

        assertThat(requests(ESMS, id)).as("the same RequestId both times: eSMS sends one SMS").hasSize(2)
                .allSatisfy(body -> assertThat(body.path("RequestId").asString()).isEqualTo(row(id).requestId()));
        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.SENT);
        assertThat(n.attempts()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "101", "102", "104", "108", "118", "146", "177"})
    void an_answer_that_would_fail_again_gives_the_message_up_at_once(String code) {
        esmsAnswers(code);
        long id = enqueue("giveup" + code, "Tram So: hen");
        OutboxDispatcher dispatcher = new OutboxDispatcher(sending, esms());

        dispatcher.dispatch(id);
        TestDatabase.CLOCK.set(NOW.plusHours(3));
        dispatcher.dispatch(id);

        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.FAILED);
        assertThat(n.attempts()).isEqualTo(1);
        assertThat(n.delivery().failureReason()).startsWith("eSMS " + code);
        assertThat(requests(ESMS, id)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"103", "140"})
    void a_balance_too_low_or_an_address_not_whitelisted_holds_the_message_for_a_retry_and_alerts_the_operator(String code) {
        esmsAnswers(code);
        long id = enqueue("hold" + code, "Tram So: hen");

        new OutboxDispatcher(sending, esms()).dispatch(id);

        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.PENDING);
        assertThat(n.dueAt()).isEqualTo(NOW.plus(OutboxSending.BACKOFF.getFirst()));
        assertThat(meters.get("tramso.messages.operator_problems").tag("provider", "esms").tag("code", code).counter().count())
                .isEqualTo(1);
        esmsAnswers("100");
        TestDatabase.CLOCK.set(n.dueAt());
        assertThat(new OutboxDispatcher(sending, esms()).dispatch(id)).as("topped up: it goes").isTrue();
    }

    @Test
    void a_delivery_receipt_marks_the_message_delivered_once_and_a_forged_one_changes_nothing() throws Exception {
        esmsAnswers("100");
        long id = enqueue("receipt", "Tram So: hen");
        new OutboxDispatcher(sending, esms()).dispatch(id);
        String url = receipts.callbackUrl().orElseGet(() -> "https://x" + SmsReceipts.PATH + secret());
        String secret = url.substring(url.lastIndexOf('/') + 1);
        String query = "?SMSID=sms-100&RequestId=" + row(id).requestId()
                + "&SendStatus=5&SendSuccess=1&SendFailed=0&telcoid=1&phonenumber=0912345678";

        assertThat(get(SmsReceipts.PATH + "wrong-secret" + query)).isEqualTo(404);
        assertThat(get(SmsReceipts.PATH + query)).isEqualTo(404);
        assertThat(row(id).state()).as("forged: nothing changed").isEqualTo(NotificationState.SENT);

        assertThat(get(SmsReceipts.PATH + secret + query)).isEqualTo(200);
        LocalDateTime deliveredAt = row(id).delivery().deliveredAt();
        TestDatabase.CLOCK.set(NOW.plusMinutes(5));
        assertThat(get(SmsReceipts.PATH + secret + query)).as("eSMS repeats it").isEqualTo(200);
        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.DELIVERED);
        assertThat(n.delivery().deliveredAt()).isEqualTo(deliveredAt).isEqualTo(NOW);
    }

    @Test
    void a_receipt_saying_the_carrier_rejected_it_fails_the_message_with_the_reason() throws Exception {
        esmsAnswers("100");
        long id = enqueue("rejected", "Tram So: hen");
        new OutboxDispatcher(sending, esms()).dispatch(id);

        assertThat(get(SmsReceipts.PATH + secret() + "?RequestId=" + row(id).requestId() + "&SendStatus=4&SendFailed=1&error_info=blocked"))
                .isEqualTo(200);

        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.FAILED);
        assertThat(n.delivery().failureReason()).contains("SendStatus 4", "blocked");
    }

    @Test
    void a_receipt_that_does_not_say_the_sms_reached_the_phone_does_not_mark_it_delivered() throws Exception {
        esmsAnswers("100");
        long id = enqueue("receipt-counts", "Tram So: hen");
        new OutboxDispatcher(sending, esms()).dispatch(id);
        String requestId = row(id).requestId();

        assertThat(get(SmsReceipts.PATH + secret() + "?RequestId=" + requestId + "&SendStatus=5")).isEqualTo(200);
        assertThat(row(id).state()).as("no SendSuccess, no SendFailed: not known to have reached the phone")
                .isEqualTo(NotificationState.SENT);

        // eSMS's own sample of a customer-care SMS whose two parts failed
        assertThat(get(SmsReceipts.PATH + secret() + "?SMSID=dc712784&SendFailed=2&SendStatus=5&SendSuccess=0&TotalPrice=0.0000"
                + "&TotalReceiver=2&TotalSent=2&RequestId=" + requestId + "&TypeId=2&telcoid=1&phonenumber=0912345678&switchsmsid="))
                .isEqualTo(200);
        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.FAILED);
        assertThat(n.delivery().failureReason()).contains("SendStatus 5", "not delivered");
    }

    @Test
    void a_receipt_for_a_message_not_tried_yet_or_carried_by_zalo_changes_nothing() throws Exception {
        long queued = enqueue("receipt-queued", "Tram So: nhac hen");
        oauthGives("access-1", "refresh-2");
        znsAnswers("{\"error\":0,\"data\":{\"msg_id\":\"zalo-1\"}}");
        long byZalo = enqueue("receipt-zalo", "Tram So: hen");
        assertThat(zaloThenSms().dispatch(byZalo)).isTrue();

        for (long id : List.of(queued, byZalo)) {
            assertThat(get(SmsReceipts.PATH + secret() + "?RequestId=" + row(id).requestId() + "&SendStatus=5&SendSuccess=1&SendFailed=0"))
                    .isEqualTo(200);
        }

        assertThat(row(queued).state()).as("a guessed id cannot stop a queued reminder").isEqualTo(NotificationState.PENDING);
        assertThat(row(byZalo).state()).isEqualTo(NotificationState.SENT);
        assertThat(row(byZalo).delivery().channel()).isEqualTo(NotificationChannel.ZALO);
    }

    @Test
    void with_zalo_alone_a_phone_without_zalo_is_given_up_with_zalos_reason_never_marked_sent_by_the_log() {
        NotificationSender zaloAlone = new MessageGateways().notificationSender(
                new SmsSettings(SmsSettings.Gateway.LOG, "UBND XA HQ", false, sms().esms()), zalo(), notificationSettings, receipts,
                new ZaloTokenStore(jdbc), TestDatabase.CLOCK, alerts);
        oauthGives("access-1", "refresh-2");
        znsAnswers("{\"error\":-118,\"message\":\"no zalo\"}");
        long id = enqueue("zalo-alone", "Tram So: hen");

        new OutboxDispatcher(sending, zaloAlone).dispatch(id);

        Notification n = row(id);
        assertThat(n.state()).isEqualTo(NotificationState.FAILED);
        assertThat(n.delivery().channel()).as("not 'sent' by the log").isNotEqualTo(NotificationChannel.LOG);
        assertThat(n.delivery().failureReason()).contains("-118");
    }

    @Test
    void with_neither_gateway_configured_messages_are_only_logged() {
        assertThat(configured).isInstanceOf(LoggingSender.class);
        long id = enqueue("log", "Tram So: hen");
        assertThat(new OutboxDispatcher(sending, configured).dispatch(id)).isTrue();
        assertThat(row(id).delivery().channel()).isEqualTo(NotificationChannel.LOG);
        assertThat(fake.getAllServeEvents()).isEmpty();
    }

    private String secret() {
        receipts.secretMatches("");
        return jdbc.sql("SELECT secret FROM app_secret WHERE name = 'esms-callback'").query(String.class).single();
    }

    private int get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
