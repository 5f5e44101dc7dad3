package vn.tramso.guide;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link OfflineGuides} under {@code /kiosk/<id>/offline/}, GET only:
 * <ul>
 * <li>{@code <lang>/home}, {@code <lang>/help}, {@code <lang>/guide/<guide>/<step>}: the offline pages;</li>
 * <li>{@code manifest.json}: what the kiosk's service worker precaches, with its version;</li>
 * <li>{@code alive}: 204, what an offline page asks to know the server is back.</li>
 * </ul>
 * Under {@code /kiosk/<id>/} on purpose: place.KioskGate lets only that kiosk's enrolled browser
 * fetch them (the same guard as the live pages), and the service worker registered for that scope
 * controls only the kiosk's own pages, never a staff page. The gate makes no session for these paths
 * and nothing here reads one: the pages are the same for every visitor of the kiosk
 * (docs/security.md, "Offline guides").
 */
@RestController
class OfflineController {

    private final OfflineGuides guides;

    OfflineController(OfflineGuides guides) {
        this.guides = guides;
    }

    @GetMapping({"/kiosk/{kiosk}/offline/{lang}/home", "/kiosk/{kiosk}/offline/{lang}/help",
            "/kiosk/{kiosk}/offline/{lang}/guide/{guide}/{step}"})
    void page(@PathVariable String kiosk, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        write(response, guides.page(kiosk, path), "text/html;charset=UTF-8");
    }

    @GetMapping("/kiosk/{kiosk}/offline/manifest.json")
    void manifest(@PathVariable String kiosk, HttpServletResponse response) throws IOException {
        write(response, guides.manifest(kiosk), "application/json");
    }

    @GetMapping("/kiosk/{kiosk}/offline/alive")
    void alive(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** 404 with nothing but the status for an unknown page; the service worker keeps its own copy. */
    private static void write(HttpServletResponse response, Optional<String> text, String type) throws IOException {
        if (text.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
