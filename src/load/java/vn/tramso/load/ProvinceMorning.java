package vn.tramso.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static vn.tramso.load.Flow.click;
import static vn.tramso.load.Flow.clickAndGo;
import static vn.tramso.load.Flow.download;
import static vn.tramso.load.Flow.navigate;
import static vn.tramso.load.Flow.open;
import static vn.tramso.load.Flow.signIn;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A province's morning at one arrival rate, open model (new visitors arrive whatever the app's
 * speed): residents at kiosks walking a guide, one in four of them then booking help (the most);
 * volunteers signing in through the form, calling the next resident and logging a help session;
 * leaders signing in, opening the commune's dashboard and downloading its report. Mix per 20
 * arrivals: 16 residents, 3 volunteers, 1 leader (docs/benchmarks.md "Load (issue 23)" gives the
 * reason). Loopback only, at most {@value #MAX_RATE} arrivals a second for at most
 * {@value #MAX_SECONDS} s; it stops by itself.
 *
 * <p>Settings ({@code -D}): {@code load.base} (http://127.0.0.1:18100), {@code load.rate} (arrivals a
 * second, all three kinds together), {@code load.seconds} (how long visitors arrive),
 * {@code load.kioskToken} (an enrolled device's token for kiosk {@code tra-phuong}),
 * {@code load.volunteers} and {@code load.leaders} (how many accounts {@code tnv.load1…} and
 * {@code lanhdao.load1…} exist), {@code load.password}.
 */
public class ProvinceMorning extends Simulation {

    static final int MAX_RATE = 200;
    static final int MAX_SECONDS = 300;
    static final String KIOSK = "kiosk/tra-phuong";

    private final URI base = loopbackOnly(System.getProperty("load.base", "http://127.0.0.1:18100"));
    private final double rate = bounded("load.rate", 2, MAX_RATE);
    private final int seconds = (int) bounded("load.seconds", 40, MAX_SECONDS);
    private final String password = System.getProperty("load.password", "demo1234");
    private final AtomicInteger arrivals = new AtomicInteger();

    /** Open home, a topic, a guide, then two steps with Next; every fourth resident then asks for help and takes a ticket. */
    private final ChainBuilder walkAGuide = exec(addCookie(Cookie("tramso_kiosk", System.getProperty("load.kioskToken", ""))
            .withDomain(base.getHost()).withPath("/")))
            .exec(open("kiosk home", KIOSK + "/home", "topic-tiles & topic-vneid")).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(clickAndGo("kiosk topic", "topic-vneid", "guide-button")).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(clickAndGo("kiosk guide", "guide-button", "Bước 1 / & next-button")).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(clickAndGo("kiosk next step", "next-button", "Bước 2 / & next-button")).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(clickAndGo("kiosk next step", "next-button", "Bước 3 / & help-button"));

    private final ChainBuilder bookHelp = pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(clickAndGo("booking: ask for help", "help-button", "walk-in-choice")).pause(Duration.ofSeconds(1), Duration.ofSeconds(2))
            .exec(click("booking: today", "walk-in-choice", "type-choice")).pause(Duration.ofSeconds(1))
            .exec(click("booking: type the name", "type-choice", "name-keypad & key-A"))
            .exec(click("booking: key", "key-A", "\"A\"")).exec(click("booking: key", "key-N", "\"AN\""))
            .pause(Duration.ofSeconds(1))
            .exec(click("booking: name done", "name-next", "confirm-booking")).pause(Duration.ofSeconds(1))
            .exec(click("booking: confirm", "confirm-booking", "ticket-number"));

    private final ScenarioBuilder residents = scenario("resident at a kiosk").exec(walkAGuide)
            .randomSwitch().on(percent(25.0).then(exec(bookHelp)));

    private final ScenarioBuilder volunteers = scenario("volunteer").exec(session -> session
                    .set("volunteer", "tnv.load" + (1 + arrivals.getAndIncrement() % Integer.getInteger("load.volunteers", 20)))
                    .set("password", password))
            .exec(signIn("volunteer", "volunteer"))
            .exec(open("volunteer queue", "volunteer", "call-next")).pause(Duration.ofSeconds(1))
            .exec(click("volunteer: call next", "call-next", "queue-message|refusal-notice")).pause(Duration.ofSeconds(2))
            .exec(navigate("volunteer: my sessions", "volunteer/sessions", "new-session")).pause(Duration.ofSeconds(1))
            .exec(click("volunteer: new session", "new-session", "session-same & session-save")).pause(Duration.ofSeconds(1))
            .exec(click("volunteer: same as last", "session-same", "session-save")).pause(Duration.ofSeconds(2))
            .exec(click("volunteer: save session", "session-save", "session-receipt"));

    private final ScenarioBuilder leaders = scenario("leader").exec(session -> session
                    .set("leader", "lanhdao.load" + (1 + arrivals.getAndIncrement() % Integer.getInteger("load.leaders", 5)))
                    .set("password", password))
            .exec(signIn("leader", "leader"))
            .exec(open("leader dashboard", "dashboard", "dashboard-exports & export-csv")).pause(Duration.ofSeconds(2))
            .exec(download("leader: report (CSV)", "export-csv", "Xã Hồng Quang"));

    {
        HttpProtocolBuilder protocol = http.baseUrl(base.toString()).userAgentHeader("Tram So load (Gatling)")
                .acceptLanguageHeader("vi-VN,vi;q=0.9").localAddresses(loopbackAddresses());
        setUp(residents.injectOpen(constantUsersPerSec(rate * 16 / 20).during(seconds)),
                volunteers.injectOpen(constantUsersPerSec(rate * 3 / 20).during(seconds)),
                leaders.injectOpen(constantUsersPerSec(rate / 20).during(seconds)))
                .protocols(protocol).maxDuration(Duration.ofSeconds(seconds + 60))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Refuses any address that is not this machine: the harness is for a node on loopback only. */
    static URI loopbackOnly(String address) {
        URI uri = URI.create(address);
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("load.base must be a loopback address, not " + address);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("load.base: unknown host " + address, e);
        }
        return uri;
    }

    private static double bounded(String property, double fallback, double max) {
        double value = Double.parseDouble(System.getProperty(property, String.valueOf(fallback)));
        if (value <= 0 || value > max) {
            throw new IllegalArgumentException(property + " must be above 0 and at most " + max + ", not " + value);
        }
        return value;
    }

    /**
     * Visitors come from 127.0.0.2 to 127.0.0.61, one address a visitor in turn, as people at many
     * kiosks and offices do: the sign-in throttle counts attempts per address, and one address for
     * every volunteer of a province is not what it sees.
     */
    private static List<String> loopbackAddresses() {
        return Stream.iterate(2, i -> i + 1).limit(60).map(i -> "127.0.0." + i).toList();
    }
}
