package vn.tramso.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;

/**
 * The Zalo token pair against a fake OAuth server (WireMock, real HTTP) and the real {@code zalo_token}
 * row: the new pair survives a database that cuts connections while it is stored, a node whose renewal
 * failed leaves Zalo's OAuth alone for a minute, and nodes whose clocks differ agree on a running claim.
 */
@IntegrationTest
class ZaloTokensTest {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 4, 20, 9, 0);
    static final String OAUTH = ZaloOAuth.PATH;

    @RegisterExtension
    static WireMockExtension fake = FakeProviders.server();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final MessageAlerts alerts = new MessageAlerts(meters);
    final HttpClient http = MessageGateways.httpClient();


    @BeforeEach
    void reset() {
        jdbc.sql("DELETE FROM zalo_token").update();
        TestDatabase.CLOCK.set(NOW);
    }

    ZaloSettings zalo() {
        return FakeProviders.zalo(fake.baseUrl());
    }

    static void oauthGives(String access, String refresh) {
        fake.stubFor(post(urlEqualTo(OAUTH)).willReturn(okJson(
                "{\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\",\"expires_in\":\"90000\"}")));
    }

    int oauthCalls() {
        return fake.findAll(postRequestedFor(urlEqualTo(OAUTH))).size();
    }

    String storedRefreshToken() {
        return jdbc.sql("SELECT refresh_token FROM zalo_token").query(String.class).single();
    }

    double tokenAlerts() {
        Counter counter = meters.find("tramso.messages.operator_problems").tag("provider", "zalo").tag("code", "token").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void the_renewed_pair_is_stored_although_the_database_cuts_connections_for_a_while() {
        oauthGives("access-new", "refresh-new");
        AtomicInteger cuts = new AtomicInteger(3);
        ZaloTokens node = new ZaloTokens(new ZaloTokenStore(JdbcClient.create(cuttingPairWrites(dataSource, cuts))), zalo(), http,
                TestDatabase.CLOCK, alerts);

        Optional<ZaloTokens.Token> token = node.current();

        assertThat(token.map(ZaloTokens.Token::accessToken)).contains("access-new");
        assertThat(cuts.get()).as("written after three cut connections").isNegative();
        assertThat(storedRefreshToken()).as("the spent refresh token is replaced: the account is not locked out").isEqualTo("refresh-new");
        assertThat(tokenAlerts()).isZero();
        assertThat(oauthCalls()).isEqualTo(1);
    }

    @Test
    void a_renewed_pair_the_database_will_not_take_alerts_the_operator_and_the_message_goes_on_without_zalo() {
        oauthGives("access-new", "refresh-new");
        ZaloTokenStore cutting = new ZaloTokenStore(JdbcClient.create(cuttingPairWrites(dataSource, new AtomicInteger(Integer.MAX_VALUE))));
        ZaloTokens node = new ZaloTokens(cutting, zalo(), http, TestDatabase.CLOCK, alerts, Duration.ofSeconds(1));

        assertThat(node.current()).as("no token: the message goes by SMS").isEmpty();

        assertThat(tokenAlerts()).as("the operator must set a new refresh token").isEqualTo(1);
        assertThat(storedRefreshToken()).isEqualTo("refresh-1");
    }

    @Test
    void after_a_failed_renewal_a_node_asks_zalo_again_only_after_a_minute() {
        fake.stubFor(post(urlEqualTo(OAUTH)).willReturn(okJson("{\"error\":-14002,\"error_name\":\"Server busy\"}")));
        ZaloTokens node = new ZaloTokens(new ZaloTokenStore(jdbc), zalo(), http, TestDatabase.CLOCK, alerts);

        assertThat(node.current()).isEmpty();
        assertThat(tokenAlerts()).isEqualTo(1);
        for (int message = 0; message < 5; message++) {
            assertThat(node.current()).isEmpty();
        }
        assertThat(oauthCalls()).as("five more messages: Zalo's OAuth not asked again").isEqualTo(1);

        TestDatabase.CLOCK.set(NOW.plus(ZaloTokens.PAUSE_AFTER_FAILURE).plusSeconds(1));
        oauthGives("access-new", "refresh-new");
        assertThat(node.current().map(ZaloTokens.Token::accessToken)).contains("access-new");
        assertThat(oauthCalls()).isEqualTo(2);
    }

    @Test
    void a_node_whose_clock_runs_two_minutes_ahead_waits_for_a_renewal_still_running_instead_of_spending_the_refresh_token_again()
            throws Exception {
        // Zalo's refresh token works once: a second use of refresh-1 would be refused.
        fake.stubFor(post(urlEqualTo(OAUTH)).inScenario("once").whenScenarioStateIs(STARTED).willSetStateTo("spent")
                .willReturn(okJson("{\"access_token\":\"access-new\",\"refresh_token\":\"refresh-new\",\"expires_in\":90000}")
                        .withFixedDelay(1500)));
        fake.stubFor(post(urlEqualTo(OAUTH)).inScenario("once").whenScenarioStateIs("spent")
                .willReturn(okJson("{\"error\":-14014,\"error_name\":\"Invalid refresh token\"}")));
        ZaloTokens nodeA = new ZaloTokens(new ZaloTokenStore(jdbc), zalo(), http, TestDatabase.CLOCK, alerts);
        ZaloTokens nodeB = new ZaloTokens(new ZaloTokenStore(jdbc), zalo(), http, Clock.offset(TestDatabase.CLOCK, Duration.ofMinutes(2)),
                alerts);
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<Optional<ZaloTokens.Token>> a = pool.submit(nodeA::current);
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (jdbc.sql("SELECT COUNT(*) FROM zalo_token WHERE renewing_until IS NOT NULL").query(Integer.class).single() == 0) {
                assertThat(System.nanoTime() - until).as("node A claims the renewal").isNegative();
                Thread.sleep(20);
            }

            Optional<ZaloTokens.Token> b = nodeB.current();

            assertThat(a.get().map(ZaloTokens.Token::accessToken)).contains("access-new");
            assertThat(b.map(ZaloTokens.Token::accessToken)).contains("access-new");
        } finally {
            pool.shutdownNow();
        }
        assertThat(oauthCalls()).as("renewed once").isEqualTo(1);
        assertThat(storedRefreshToken()).isEqualTo("refresh-new");
        assertThat(tokenAlerts()).isZero();
    }

    /**
     * The app's database, except that the statement storing a renewed pair fails as a connection cut
     * by the database front would, {@code cuts} times.
     */
    static DataSource cuttingPairWrites(DataSource real, AtomicInteger cuts) {
        return (DataSource) Proxy.newProxyInstance(ZaloTokensTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = call(method, real, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(ZaloTokensTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a[0] instanceof String sql && sql.contains("SET access_token")
                                        && cuts.getAndDecrement() > 0) {
                                    throw new SQLNonTransientConnectionException("Connection reset by the database front", "08S01");
                                }
                                return call(m, connection, a);
                            });
                });
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
