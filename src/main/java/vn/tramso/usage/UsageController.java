package vn.tramso.usage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tramso.base.BoundedInput;
import vn.tramso.base.Messages;
import vn.tramso.base.security.KioskSessions;
import vn.tramso.base.ui.KioskFrames;

/**
 * Where an offline kiosk page sends the usage events it kept ({@code POST /kiosk/<kiosk>/usage},
 * JSON {@code {"events":[{"id","visit","kind","guide","step","at"}]}}, at most
 * {@link KioskUsage#MOST_EVENTS} events and {@link #MOST_BYTES} bytes). Under {@code /kiosk/}, so
 * {@code place.KioskGate} lets only a browser holding an enrolled device's cookie through, and only
 * for its own kiosk; the device is checked here again against the kiosk in the address. Without
 * CSRF token, on purpose: docs/security.md ("Kiosk usage").
 *
 * <p>Answers: 200 {@code {"accepted":n}} (repeats included, stored once); 400 with the refused
 * event's place and reason, nothing stored; 403 not this kiosk's device; 413 too large; 415 not JSON.
 */
@RestController
class UsageController {

    /** A full batch of 200 events is some 40 KB. */
    static final int MOST_BYTES = 64 * 1024;
    static final String PATH = "/kiosk/{kiosk}/usage";

    private final KioskUsage usage;
    private final KioskFrames frames;

    UsageController(KioskUsage usage, KioskFrames frames) {
        this.usage = usage;
        this.frames = frames;
    }

    /**
     * The content type is checked here rather than by {@code consumes}: Spring's own 415 goes through the
     * error page, which the staff chain answers with a redirect to sign in.
     */
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@PathVariable String kiosk, HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Map.of("refused", "not-json", "detail", "Content-Type: application/json"));
        }
        HttpSession session = request.getSession(false);
        Long device = session == null ? null : (Long) session.getAttribute(KioskSessions.DEVICE_ATTRIBUTE);
        if (!(frames.open(kiosk, device) instanceof KioskFrames.Ready ready)) {
            return answer(HttpStatus.FORBIDDEN, Map.of("refused", "not-this-kiosk"));
        }
        if (request.getContentLengthLong() > MOST_BYTES) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, Map.of("refused", "too-large", "most", MOST_BYTES));
        }
        List<KioskUsage.Sent> sent;
        try {
            sent = parse(BoundedInput.readAll(request.getInputStream(), MOST_BYTES));
        } catch (BoundedInput.TooLargeException e) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, Map.of("refused", "too-large", "most", MOST_BYTES));
        } catch (JacksonException | IllegalArgumentException e) {
            return answer(HttpStatus.BAD_REQUEST, Map.of("refused", "malformed", "detail", "expected {\"events\":[...]}"));
        }
        try {
            return answer(HttpStatus.OK, Map.of("accepted", usage.accept(kiosk, ready.frame().villageId(), sent)));
        } catch (UsageRefusedException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("refused", e.reason().name().toLowerCase().replace('_', '-'));
            body.put("event", e.index());
            body.put("detail", e.getMessage());
            body.put("message", Messages.vi(e.messageKey()));
            return answer(HttpStatus.BAD_REQUEST, body);
        }
    }

    static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The events as sent, each field as it came; a step that is not a whole number is marked so. */
    static List<KioskUsage.Sent> parse(byte[] body) {
        JsonNode events = JsonMapper.shared().readTree(body).path("events");
        if (!events.isArray()) {
            throw new IllegalArgumentException("no events array");
        }
        List<KioskUsage.Sent> sent = new ArrayList<>();
        for (JsonNode e : events) {
            if (!e.isObject()) {
                sent.add(null);
                continue;
            }
            JsonNode step = e.path("step");
            Integer number = step.isMissingNode() || step.isNull() ? null
                    : step.isIntegralNumber() && step.canConvertToInt() ? step.asInt() : KioskUsage.NOT_A_NUMBER;
            sent.add(new KioskUsage.Sent(text(e, "id"), text(e, "visit"), text(e, "kind"), text(e, "guide"), number, text(e, "at")));
        }
        return sent;
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
