package vn.tramso.place;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a kiosk's browser is enrolled: it opens {@code /enrol/<code>} (or {@code /enrol} and types
 * the code), sees which cultural house it is about to become, and confirms. Only the confirming
 * POST uses the code, so a link preview or prefetch cannot spend it.
 */
@Controller
class EnrolmentController {

    private final KioskDevices devices;
    private final Places places;

    EnrolmentController(KioskDevices devices, Places places) {
        this.devices = devices;
        this.places = places;
    }

    @GetMapping("/enrol")
    ResponseEntity<String> askCode(HttpServletRequest request) {
        CsrfToken csrf = csrf(request);
        return html(HttpStatus.OK, KioskPages.askCode(csrf.getParameterName(), csrf.getToken(), false));
    }

    @GetMapping("/enrol/{code}")
    ResponseEntity<String> confirm(@PathVariable String code, HttpServletRequest request) {
        CsrfToken csrf = csrf(request);
        Optional<String> house = devices.kioskOfCode(code).flatMap(places::kioskPlace).map(KioskPlace::culturalHouse);
        return house.map(name -> html(HttpStatus.OK, KioskPages.confirm(code, name, csrf.getParameterName(), csrf.getToken())))
                .orElseGet(() -> html(HttpStatus.NOT_FOUND, KioskPages.askCode(csrf.getParameterName(), csrf.getToken(), true)));
    }

    @PostMapping("/enrol")
    ResponseEntity<String> enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                                 HttpServletResponse response) {
        Optional<KioskDevices.Enrolled> enrolled = devices.enrol(code, request.getHeader(HttpHeaders.USER_AGENT));
        if (enrolled.isEmpty()) {
            CsrfToken csrf = csrf(request);
            return html(HttpStatus.NOT_FOUND, KioskPages.askCode(csrf.getParameterName(), csrf.getToken(), true));
        }
        KioskGate.setCookie(request, response, enrolled.get().token());
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, request.getContextPath() + "/kiosk/" + enrolled.get().access().kioskCode())
                .build();
    }

    private static CsrfToken csrf(HttpServletRequest request) {
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }
}
