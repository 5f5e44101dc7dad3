package vn.tramso.guide;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser loading "/" is sent on with a redirect: to the default kiosk, or to a signed-in staff
 * member's own area. The kiosk's address is then loaded as a page of its own, which is where
 * place.KioskGate lets an enrolled browser in (and, in the demo run, enrols a browser on this
 * machine), so the address the app prints opens a working kiosk. Vaadin's own requests to "/"
 * ({@code v-r=...}) and navigation inside the app go on to guide.ui.RootView; both ask
 * {@link RootLocation} where "/" leads.
 */
@Component
class RootRedirect extends OncePerRequestFilter {

    private final RootLocation root;

    RootRedirect(RootLocation root) {
        this.root = root;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !(path.isEmpty() || path.equals("/")) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        response.sendRedirect(request.getContextPath() + "/" + root.forCurrentUser());
    }
}
