package vn.tramso.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.filters.RemoteIpFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.tramso.IntegrationTest;

/**
 * Behind a proxy (forward-headers-strategy native), Tomcat believes X-Forwarded-For only from the
 * addresses the app trusts: by default this machine alone, not every private address as Tomcat's own
 * default does. Checked with Tomcat's own remote-address logic (its filter twin of the valve Boot sets up).
 */
@IntegrationTest
class ForwardedAddressesTest {

    @Autowired
    Environment environment;

    @Test
    void a_device_on_the_village_network_cannot_claim_another_address() throws Exception {
        String trusted = environment.getProperty("server.tomcat.remoteip.internal-proxies");

        assertThat(addressSeen(trusted, "192.168.1.20", "10.9.9.9")).as("a phone on the village wifi").isEqualTo("192.168.1.20");
        assertThat(addressSeen(trusted, "10.0.0.5", "10.9.9.9")).isEqualTo("10.0.0.5");
        assertThat(addressSeen(trusted, "172.16.0.3", "10.9.9.9")).isEqualTo("172.16.0.3");
        assertThat(addressSeen(trusted, "127.0.0.1", "10.9.9.9")).as("a proxy on this machine").isEqualTo("10.9.9.9");
    }

    @Test
    void tomcat_left_to_itself_would_believe_any_private_address() throws Exception {
        assertThat(addressSeen(null, "192.168.1.20", "10.9.9.9")).isEqualTo("10.9.9.9");
    }

    /** The client address the app sees for a request from {@code peer} that claims {@code forwardedFor}. */
    private static String addressSeen(String internalProxies, String peer, String forwardedFor) throws Exception {
        RemoteIpFilter filter = new RemoteIpFilter();
        MockFilterConfig config = new MockFilterConfig();
        if (internalProxies != null) {
            config.addInitParameter("internalProxies", internalProxies);
        }
        filter.init(config);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kiosk/tra-phuong");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req.getRemoteAddr()));
        return seen.get();
    }
}
