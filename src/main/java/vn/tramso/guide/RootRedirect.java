package vn.tramso.guide;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.KioskNavigation;

/**
 * A browser loading "/" is sent on with a redirect: to the default kiosk, or to a signed-in staff
 * member's own area. The kiosk's address is then loaded as a page of its own, which is where
 * place.KioskGate lets an enrolled browser in (and, in the demo run, enrols a browser on this
 * machine), so the address the app prints opens a working kiosk. Vaadin's own requests to "/"
 * ({@code v-r=...}) go on. This is the only root: a {@code ""} route that forwarded inside the app
 * (guide.ui.RootView) made the same choice a second time for a navigation nothing in the app makes,
 * and was removed (decision 012); base.security.SecurityConfig lets "/" through to this filter.
 */
@Component
class RootRedirect extends OncePerRequestFilter {

    private final String defaultKiosk;

    RootRedirect(KioskConfigProperties kiosks) {
        this.defaultKiosk = kiosks.defaultKiosk();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !(path.isEmpty() || path.equals("/")) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        String target = StaffUser.current().isPresent() ? "staff" : KioskNavigation.attract(defaultKiosk);
        response.sendRedirect(request.getContextPath() + "/" + target);
    }
}
