package vn.tramso.place;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tramso.base.Localized;
import vn.tramso.base.Messages;
import vn.tramso.base.db.DatabaseOutage;
import vn.tramso.base.security.KioskSessions;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.security.StaffUser;

/**
 * Lets only enrolled kiosk browsers load a kiosk page ({@code /kiosk/<code>/...}): the browser
 * must hold the device cookie of that kiosk. The device's id goes into the HTTP session, where
 * the kiosk screens check it again on every navigation (a browser could otherwise load another
 * page and navigate to a kiosk screen from there) and bookings check it once more. Any other
 * browser gets a plain "this screen is not registered" page and status 403.
 *
 * <p>A kiosk browser's session can change under it: after the idle reset drops the session, a
 * request still in flight from the old page comes back with a new session cookie, sometimes after
 * the attract screen's own, and Vaadin's next request then runs in a session this gate never saw
 * (the attract screen said "not registered" in 2 of 16 resets under load). So any request
 * that carries a device cookie into a session without a device gives that session its device back.
 *
 * <p>The offline guides ({@code /kiosk/<code>/offline/...}, guide.OfflineController) pass the same
 * check but get no session: they are the same for every visitor, and their service worker fetches
 * them without a page.
 */
@Component
class KioskGate extends OncePerRequestFilter {

    static final String COOKIE = "tramso_kiosk";
    /** Browsers keep a cookie at most 400 days; it is renewed at every page load. */
    static final Duration COOKIE_LIFE = Duration.ofDays(400);
    /**
     * How long a kiosk's session lasts untouched: staff sessions end after 15 minutes without a
     * person's action (closeIdleSessions), but the attract screen waits for hours. Never given to a
     * session with a staff member signed in.
     */
    static final Duration KIOSK_SESSION = Duration.ofHours(12);

    private final KioskDevices devices;
    private final ObjectProvider<KioskFrames> frames;

    KioskGate(KioskDevices devices, ObjectProvider<KioskFrames> frames) {
        this.devices = devices;
        this.frames = frames;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isKioskPage(request) && cookie(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isKioskPage(request)) {
            try {
                restoreDevice(request);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isOutage(e)) {
                    throw e;
                }
                // the screen itself says the system is busy (base.ui.DatabaseOutageHandler)
            }
            chain.doFilter(request, response);
            return;
        }
        String kiosk = kioskCode(path(request));
        Optional<KioskAccess> access;
        String token = cookie(request).orElse(null);
        try {
            access = cookie(request).flatMap(devices::byToken).filter(a -> a.kioskCode().equals(kiosk));
            if (access.isEmpty() && isLoopback(request.getRemoteAddr())) {
                Optional<KioskDevices.Enrolled> enrolled = devices.enrolLocal(kiosk, request.getHeader(HttpHeaders.USER_AGENT));
                access = enrolled.map(KioskDevices.Enrolled::access);
                token = enrolled.map(KioskDevices.Enrolled::token).orElse(token);
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            busy(request, response, kiosk);
            return;
        }
        if (access.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(KioskPages.notRegistered().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (isOfflinePage(path(request))) {
            setCookie(request, response, token);
            chain.doFilter(request, response); // no session: the offline guides are the same for every visitor (guide.OfflineController)
            return;
        }
        HttpSession session = request.getSession();
        session.setAttribute(KioskSessions.DEVICE_ATTRIBUTE, access.get().deviceId());
        lengthenUnlessStaff(session);
        setCookie(request, response, token);
        chain.doFilter(request, response);
    }

    /**
     * The page could not load, the database being out: 503 and a plain page saying so, in the kiosk's large type,
     * marked {@code X-Tramso-Busy} so the kiosk's service worker shows it rather than the offline guides it shows
     * for a proxy's 502/503/504 (kiosk-sw.js).
     */
    private void busy(HttpServletRequest request, HttpServletResponse response, String kiosk) throws IOException {
        String address = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String helpLine = frames.getObject().helpLine(kiosk)
                .map(line -> Messages.vi("outage.call", line.contactName().in(Localized.VIETNAMESE), line.contactPhone()))
                .orElse(null);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("X-Tramso-Busy", "database");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(KioskPages.busy(address, helpLine).getBytes(StandardCharsets.UTF_8));
    }

    private void restoreDevice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KioskSessions.DEVICE_ATTRIBUTE) == null) {
            cookie(request).flatMap(devices::byToken).ifPresent(access -> {
                session.setAttribute(KioskSessions.DEVICE_ATTRIBUTE, access.deviceId());
                lengthenUnlessStaff(session);
            });
        }
    }

    /**
     * A resident's kiosk session waits for hours; a staff member signed in on the kiosk's browser keeps the
     * staff session's 15 minutes (account.StaffSessionGuard shortens it again on their next staff request).
     */
    private static void lengthenUnlessStaff(HttpSession session) {
        if (StaffUser.current().isEmpty()) {
            session.setMaxInactiveInterval((int) KIOSK_SESSION.toSeconds());
        }
    }

    /** Sets the device cookie: script cannot read it, other sites do not send it, HTTPS only when served so. */
    static void setCookie(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token)
                .path("/").httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(COOKIE_LIFE).build().toString());
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** {@code tra-phuong} from {@code /kiosk/tra-phuong/guide/x/1}. */
    static String kioskCode(String path) {
        String rest = path.substring("/kiosk/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** Whether the request comes from this machine (never a name: no lookup). */
    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }

    /** {@code /kiosk/<code>/offline/...}: the offline guides, their manifest and the "alive" check. */
    static boolean isOfflinePage(String path) {
        return path.startsWith("/kiosk/" + kioskCode(path) + "/offline/");
    }

    private static boolean isKioskPage(HttpServletRequest request) {
        return path(request).startsWith("/kiosk/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
