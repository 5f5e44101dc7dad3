package vn.tramso.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin Flow's protocol as the browser speaks it, for one virtual user: the page (which starts the
 * HTTP session), {@code ?v-r=init} (the UI's id and its {@code Vaadin-Security-Key}), then UIDL
 * requests carrying the router's navigation or a click, each with the {@code syncId} of the last
 * answer and a {@code clientId} one higher than the last. Every answer must show what the screen
 * should ({@code expected}: patterns joined by {@code " & "}, each of which must be found), or the
 * request counts as an error. An answer carries only what changed on the screen, so the classes of
 * the elements it adds are kept per virtual user (the latest answer's first element of a class wins):
 * a click finds its button by class name, as a person finds it on the screen.
 */
final class Flow {

    private static final String LAST = "lastAnswer";
    private static final String NODES = "nodesByClass";
    private static final Pattern CLASSES = Pattern.compile("\"node\":(\\d+),\"type\":\"splice\",\"feat\":\\d+,\"index\":\\d+,\"add\":\\[([^\\]]*)\\]");
    private static final String GO = "\\[\"([^\"]+)\",\"const url = new URL";
    private static final String NAVIGATE = """
            {"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s","appShellTitle":"",\
            "historyState":{"idx":0},"trigger":""}}""";
    private static final String CLICK_DATA = """
            {"event.shiftKey":false,"event.metaKey":false,"event.detail":1,"event.ctrlKey":false,"event.clientX":10,\
            "event.clientY":10,"event.altKey":false,"event.button":0,"event.screenY":10,"event.screenX":10}""";

    private Flow() {
    }

    /** A page opened as a browser does (the page, the UI's init, the router's navigation), checked for {@code expected}. */
    static ChainBuilder open(String name, String route, String expected) {
        return exec(http(name + " (page)").get("/" + route).check(status().is(200)))
                .exec(http(name + " (init)").get("/?v-r=init&location=" + route + "&query=")
                        .check(regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf")))
                .exec(session -> session.set("syncId", 0).set("clientId", 0).set(NODES, Map.of()))
                .exec(navigate(name, route, expected));
    }

    /** The router's navigation in the open UI, as a router link or the address bar does it. */
    static ChainBuilder navigate(String name, String route, String expected) {
        return uidl(name, NAVIGATE.formatted(route, ""), expected);
    }

    /** A click on the element with the class {@code className}; the answer must show {@code expected}. */
    static ChainBuilder click(String name, String className, String expected) {
        return exec(session -> session.set("node", node(session, className)))
                .exec(uidl(name, "{\"type\":\"event\",\"node\":#{node},\"event\":\"click\",\"data\":" + CLICK_DATA + "}", expected));
    }

    /**
     * A click whose answer sends the browser to another route (the server asks for it in script, as
     * the app's {@code go(...)} does), then the router's navigation there, which must show {@code expected}.
     */
    static ChainBuilder clickAndGo(String name, String className, String expected) {
        return click(name, className, GO)
                .exec(session -> {
                    Matcher m = Pattern.compile(GO).matcher(session.getString(LAST));
                    String[] target = (m.find() ? m.group(1).replace("\\u0026", "&") : "").split("\\?", 2);
                    return session.set("route", target[0]).set("query", target.length > 1 ? target[1] : "");
                })
                .exec(uidl(name + " (navigation)", NAVIGATE.formatted("#{route}", "#{query}"), expected));
    }

    /** Signs a staff member in through the sign-in form, as the browser posts it. */
    static ChainBuilder signIn(String name, String usernameKey) {
        return exec(http(name + " (sign-in page)").get("/login")
                .check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")))
                .exec(http(name + " (sign in)").post("/login").disableFollowRedirect()
                        .formParam("username", "#{" + usernameKey + "}").formParam("password", "#{password}")
                        .formParam("_csrf", "#{springCsrf}")
                        .check(status().is(302), header("Location").not("/login?error")));
    }

    /** The address of the link with the class {@code className} in the last answer (a download), fetched. */
    static ChainBuilder download(String name, String className, String expected) {
        return exec(session -> session.set("href", href(session, className)))
                .exec(http(name).get("/#{href}").check(status().is(200), substring(expected)));
    }

    private static ChainBuilder uidl(String name, String rpc, String expected) {
        HttpRequestActionBuilder request = http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":[" + rpc + "],\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(answerChecks(expected));
        return exec(request).exitHereIfFailed()
                .exec(session -> session.set("clientId", session.getInt("clientId") + 1).set(NODES, classes(session)));
    }

    private static List<CheckBuilder> answerChecks(String expected) {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(status().is(200));
        checks.add(regex("\"syncId\":(\\d+)").saveAs("syncId"));
        for (String part : expected.split(" & ")) {
            checks.add(regex(part).exists());
        }
        checks.add(bodyString().saveAs(LAST));
        return checks;
    }

    /** The classes added by the last answer, each with the first element it was added to, over those of the answers before. */
    private static Map<String, Integer> classes(Session session) {
        Map<String, Integer> known = session.getMap(NODES);
        Map<String, Integer> added = new HashMap<>();
        Matcher m = CLASSES.matcher(session.getString(LAST));
        while (m.find()) {
            int node = Integer.parseInt(m.group(1));
            for (String name : m.group(2).split(",")) {
                added.putIfAbsent(name.replace("\"", ""), node);
            }
        }
        Map<String, Integer> merged = new HashMap<>(known);
        merged.putAll(added);
        return merged;
    }

    /** The node of the element with the class {@code className} on the screen (see {@link #classes}), or -1. */
    private static int node(Session session, String className) {
        Map<String, Integer> known = session.getMap(NODES);
        return known.getOrDefault(className, -1);
    }

    private static String href(Session session, String className) {
        int node = node(session, className);
        Matcher m = Pattern.compile("\"node\":" + node + ",\"type\":\"put\",\"key\":\"href\",\"feat\":\\d+,\"value\":\\{\"uri\":\"([^\"]+)\"")
                .matcher(session.getString(LAST));
        return m.find() ? m.group(1) : "no-link-" + className;
    }
}
