package vn.tramso.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a browser may keep the static files that are the same for everyone (issue 23: a kiosk on
 * a slow village link should not fetch them again). Pages and UI responses stay {@code no-store}
 * ({@link NoStoreFilter}); this filter only answers for files it knows:
 * <ul>
 * <li>the production bundle's files, whose names carry a hash of their content
 *     ({@code /VAADIN/build/indexhtml-BNp73Egs.js}), and Vaadin's push script, whose address carries
 *     its hash ({@code ?v=…}): a year, {@code immutable}. Vaadin itself gives them an hour, so every
 *     kiosk asked for 400 KiB of scripts again each hour.</li>
 * <li>our own style sheets asked for without Vaadin's content hash ({@code /styles/kiosk.css} with
 *     no {@code ?v-c=}): {@code no-cache}, kept but checked (Last-Modified) before each use, so an
 *     update is seen at once. With the hash, Vaadin already answers a year, immutable. The kiosk's service
 *     worker and offline script ({@code /kiosk-sw.js}, {@code /kiosk-offline.js}) likewise.</li>
 * </ul>
 * The filter sets the header before the file is served and keeps Vaadin's file server from setting
 * another. Files with no content hash in their name are left as Vaadin serves them.
 */
@Component
class StaticFileCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    /** Vite's content hash before the extension: {@code name-BNp73Egs.js}. */
    private static final Pattern HASHED_BUILD_FILE = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?|svg|png)");
    private static final Pattern VERSIONED_STATIC_FILE = Pattern.compile("/VAADIN/static/.+\\.(js|css)");
    private static final Pattern OWN_STYLE_SHEET = Pattern.compile("/styles/[^/]+\\.css");
    /** The kiosk's service worker and offline script (issue 24): kept but checked before each use, like a style sheet. */
    private static final Pattern OFFLINE_SCRIPT = Pattern.compile("/kiosk-(sw|offline)\\.js");

    /** The Cache-Control for this path and query, if it is one of the files above. */
    static Optional<String> policy(String path, String versionParameter, String contentHashParameter) {
        if (HASHED_BUILD_FILE.matcher(path).matches()
                || (VERSIONED_STATIC_FILE.matcher(path).matches() && versionParameter != null && !versionParameter.isBlank())) {
            return Optional.of(IMMUTABLE);
        }
        if ((OWN_STYLE_SHEET.matcher(path).matches() && contentHashParameter == null) || OFFLINE_SCRIPT.matcher(path).matches()) {
            return Optional.of(REVALIDATE);
        }
        return Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> policy = policy(path, request.getParameter("v"), request.getParameter("v-c"));
        if (policy.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, policy.get());
        // Spring Security's defaults for a page, meaningless beside a Cache-Control with a lifetime
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        chain.doFilter(request, new KeepCacheControl(response));
    }

    /** Ignores the Cache-Control that Vaadin's static file server would set after this filter. */
    private static final class KeepCacheControl extends HttpServletResponseWrapper {

        KeepCacheControl(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCacheHeader(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCacheHeader(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!HttpHeaders.EXPIRES.equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }

        private static boolean isCacheHeader(String name) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || HttpHeaders.PRAGMA.equalsIgnoreCase(name)
                    || HttpHeaders.EXPIRES.equalsIgnoreCase(name);
        }
    }
}
