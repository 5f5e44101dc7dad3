package vn.tramso.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake eSMS for journeys: a WireMock server that accepts every SMS (CodeResult 100), an outbox
 * dispatcher of the app under test that sends through it (the app's own context keeps its
 * configured gateway, so no second Spring context is needed), and the provider's side of a
 * delivery receipt: a GET on the {@code CallbackUrl} the app gave with the message.
 */
public final class FakeEsms implements AutoCloseable {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final OutboxDispatcher dispatcher;
    private final HttpClient http = MessageGateways.httpClient();

    /** @param appBaseUrl the app's address as eSMS would call it (http://localhost:port) */
    public FakeEsms(ApplicationContext app, String appBaseUrl) {
        server.start();
        server.stubFor(post(urlEqualTo(EsmsSender.PATH)).willReturn(okJson("{\"CodeResult\":\"100\",\"SMSID\":\"fake-sms\"}")));
        SmsSettings settings = new SmsSettings(SmsSettings.Gateway.ESMS, "UBND XA HQ", false,
                new SmsSettings.Esms(server.baseUrl(), "esms-key", "esms-secret", true, appBaseUrl, ""));
        SmsReceipts receipts = app.getBean(SmsReceipts.class);
        EsmsSender esms = new EsmsSender(settings, http, Optional.of(receipts.callbackUrlOn(appBaseUrl)),
                new MessageAlerts(new SimpleMeterRegistry()));
        dispatcher = new OutboxDispatcher(app.getBean(OutboxSending.class), esms);
    }

    /** One round of the app's outbox job, through this fake. @return how many messages went */
    public int sendDue() {
        return dispatcher.dispatchDue();
    }

    /** The SMS the fake received (eSMS's JSON bodies: Phone, Content, RequestId, CallbackUrl …). */
    public List<JsonNode> received() {
        return server.findAll(postRequestedFor(urlEqualTo(EsmsSender.PATH))).stream()
                .map(r -> JsonMapper.shared().readTree(r.getBodyAsString())).toList();
    }

    /** What eSMS does when the carrier reports the SMS on the phone: calls the CallbackUrl. @return the HTTP status */
    public int reportDelivered(JsonNode sms) throws IOException, InterruptedException {
        String url = sms.path("CallbackUrl").asString() + "?RequestId=" + URLEncoder.encode(sms.path("RequestId").asString(),
                StandardCharsets.UTF_8) + "&SendStatus=5&SendSuccess=1&SendFailed=0&SMSID=fake-sms";
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() {
        server.stop();
    }
}
