package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.notification.MessageChoice.Topic;
import vn.tramso.notification.MessageChoice.Via;

/**
 * A resident texts "TC" to the commune's short code: eSMS calls the app with the reply, signed as
 * its short-code service signs (MD5 of cpid, smsid, content, receiverTime and the private key), over
 * real HTTP. The key and cpid are the test profile's (application-test.properties).
 */
@IntegrationTest
class RepliesTest {

    static final String KEY = "17417a0d20114d36a902e49cad0e97f3";

    @LocalServerPort
    int port;
    @Autowired
    MessageChoices choices;
    @Autowired
    TestStaff staff;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_documented_signature_example_holds() {
        // eSMS's own example: hash("abcdef", "1234", "xyz") with this key; the figure is md5sum's
        assertThat(Replies.md5("abcdef" + "1234" + "xyz" + KEY)).isEqualTo("3bce677365c1c8e8539bc6bcb76ad828");
    }

    @Test
    void tc_from_a_phone_refuses_its_messages_once_however_often_esms_repeats_the_call() throws Exception {
        String phone = MessageChoicesTest.newPhone();
        String smsid = UUID.randomUUID().toString();
        Map<String, String> reply = signed(smsid, "84" + phone.substring(1), "tc", KEY);

        HttpResponse<String> first = get(reply);
        HttpResponse<String> again = get(reply);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<ClientResponse><Message>Tram So: Da ghi nhan so nay khong nhan tin nhan nua")
                .contains("<Smsid>" + smsid + "</Smsid>");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(choices.refusesAll(phone)).isTrue();
        assertThat(staff.as("tnv.traphuong", () -> choices.of(phone))).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo(Topic.ALL);
            assertThat(c.granted()).isFalse();
            assertThat(c.via()).isEqualTo(Via.REPLY);
        });
    }

    @Test
    void a_forged_or_unsigned_reply_is_not_found_and_changes_nothing() throws Exception {
        String phone = MessageChoicesTest.newPhone();
        Map<String, String> forged = signed(UUID.randomUUID().toString(), "84" + phone.substring(1), "TC", "not-the-key");
        Map<String, String> unsigned = new LinkedHashMap<>(signed(UUID.randomUUID().toString(), "84" + phone.substring(1), "TC", KEY));
        unsigned.remove("sign");
        Map<String, String> otherCpid = new LinkedHashMap<>(signed(UUID.randomUUID().toString(), "84" + phone.substring(1), "TC", KEY));
        otherCpid.put("cpid", "someone-else");

        assertThat(get(forged).statusCode()).isEqualTo(404);
        assertThat(get(unsigned).statusCode()).isEqualTo(404);
        assertThat(get(otherCpid).statusCode()).isEqualTo(404);
        assertThat(choices.refusesAll(phone)).isFalse();
    }

    @Test
    void any_other_text_is_answered_with_what_the_number_understands_and_records_nothing() throws Exception {
        String phone = MessageChoicesTest.newPhone();
        HttpResponse<String> answer = get(signed(UUID.randomUUID().toString(), "84" + phone.substring(1), "xin chao", KEY));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("chi nhan cu phap TC");
        assertThat(choices.refusesAll(phone)).isFalse();
    }

    static Map<String, String> signed(String smsid, String sender, String content, String key) {
        String time = "20270310091500";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sender", sender);
        params.put("content", content);
        params.put("serviceNumber", "8079");
        params.put("keyword", content.split(" ")[0].toUpperCase());
        params.put("sign", Replies.md5("test-cpid" + smsid + content + time + key));
        params.put("cpid", "test-cpid");
        params.put("smsid", smsid);
        params.put("receiverTime", time);
        return params;
    }

    HttpResponse<String> get(Map<String, String> params) throws Exception {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ReplyController.PATH + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
