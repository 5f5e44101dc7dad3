package vn.tramso.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens Vaadin views over plain HTTP the way Chromium does, for the heap benchmarks: the page (which
 * starts the HTTP session), Vaadin's UI init request, then the router's navigation event that
 * renders the view; and signs a staff member in through the sign-in form. Each call returns the
 * session's cookies, so the caller can leave the session idle and count its cost.
 */
public final class BrowserlessClient {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern VAADIN_CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    /** A JavaScript call's result channel (the first of the two is for success). */
    private static final Pattern RETURN_CHANNEL = Pattern.compile("\\{\"@v-return\":\\[(\\d+),(\\d+)]}");
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public BrowserlessClient(String base) {
        this.base = base;
    }

    /**
     * Opens {@code route} (with its query, if any) in the session of {@code cookie}; fails unless the answer contains {@code expected}.
     *
     * @return the answer that rendered the view (Vaadin keeps the last one of each UI, to send again should the browser repeat its request)
     */
    public String open(String route, String query, String cookie, String expected) throws IOException, InterruptedException {
        return render(route, query, cookie, expected)[2];
    }

    /**
     * As {@link #open}, and then, as the browser does once it has run the answer's JavaScript, sends back the result of the
     * first call that waits for one (base.ui.KioskScreen's or base.ui.KeptAnswer's). Fails unless the server takes it.
     *
     * @return the answer that rendered the view
     */
    public String openAndReply(String route, String query, String cookie, String expected) throws IOException, InterruptedException {
        String[] rendered = render(route, query, cookie, expected);
        Matcher channel = RETURN_CHANNEL.matcher(rendered[2]);
        if (!channel.find()) {
            throw new IllegalStateException(route + ": no JavaScript call waits for its result");
        }
        String reply = """
                {"csrfToken":"%s","rpc":[{"type":"channel","node":%s,"channel":%s,"args":[null]}],"syncId":%s,"clientId":1}"""
                .formatted(rendered[1], channel.group(1), channel.group(2), find(SYNC_ID, rendered[2]));
        HttpResponse<String> answer = postUidl(rendered[0], cookie, reply);
        if (answer.statusCode() != 200 || !answer.body().contains("\"syncId\"")) {
            throw new IllegalStateException(route + ": the reply got " + answer.statusCode() + " " + head(answer.body()));
        }
        return rendered[2];
    }

    /** The UI's id, its CSRF token and the answer that rendered {@code route}. */
    private String[] render(String route, String query, String cookie, String expected) throws IOException, InterruptedException {
        String init = get("/?v-r=init&location=" + route + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), cookie).body();
        String csrf = find(VAADIN_CSRF, init);
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"%s","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(csrf, route, query);
        String uiId = find(UI_ID, init);
        HttpResponse<String> rendered = postUidl(uiId, cookie, navigate);
        if (!rendered.body().contains(expected)) {
            throw new IllegalStateException(route + " did not render " + expected + ": " + head(rendered.body()));
        }
        return new String[] {uiId, csrf, rendered.body()};
    }

    private HttpResponse<String> postUidl(String uiId, String cookie, String message) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code cookie} with the session cookie that a first visit to {@code path} starts. */
    public String startSession(String path, String cookie) throws IOException, InterruptedException {
        return cookie + "; " + sessionCookie(get(path, cookie));
    }

    /** Signs in through the sign-in form and returns the signed-in session's cookie. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = get("/login", null);
        String cookie = sessionCookie(login);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + find(SPRING_CSRF, login.body());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String to = signedIn.headers().firstValue("location").orElse("");
        if (signedIn.statusCode() != 302 || to.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + signedIn.statusCode() + " " + to);
        }
        return sessionCookie(signedIn);
    }

    /** Used heap after three full collections 200 ms apart, in this JVM. */
    static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + head(text));
        }
        return m.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response;
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("set-cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie in " + cookies));
    }

    private static String head(String text) {
        return text.substring(0, Math.min(300, text.length()));
    }
}
