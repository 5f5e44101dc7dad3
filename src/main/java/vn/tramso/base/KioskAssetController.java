package vn.tramso.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link KioskAssets}' files: {@code image/svg+xml}, kept by browsers for a year
 * ({@code immutable}: the name is the content's hash), never sniffed as another type, and, should
 * someone open one as a page rather than through {@code <img>}, sandboxed with nothing allowed to run
 * or load. An unknown name gets 404. No session is read or made.
 */
@RestController
class KioskAssetController {

    static final String CACHE = "public, max-age=31536000, immutable";
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final KioskAssets assets;

    KioskAssetController(KioskAssets assets) {
        this.assets = assets;
    }

    @GetMapping(KioskAssets.PATH + "{name}")
    void file(@PathVariable String name, HttpServletResponse response) throws IOException {
        Optional<byte[]> file = assets.file(name);
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND); // no error page: nothing but the status
            return;
        }
        // set, not added: they replace the no-store headers that every other answer gets
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("image/svg+xml");
        response.setContentLength(file.get().length);
        response.getOutputStream().write(file.get());
    }
}
