package vn.tramso.guide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Prints where to open the kiosk and the sign-in page once the app is up. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final String defaultKiosk;

    StartupBanner(Environment environment, KioskConfigProperties kiosks) {
        this.environment = environment;
        this.defaultKiosk = kiosks.defaultKiosk();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        StringBuilder s = new StringBuilder("\n\n  Trạm Số is running\n")
                .append("  Kiosk (residents):  ").append(base).append("/kiosk/").append(defaultKiosk).append('\n')
                .append("  Sign-in (staff):    ").append(base).append("/login\n");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            s.append("  DEMO data loaded. Accounts (password demo1234): admin, lanhdao.hongquang, tnv.traphuong\n");
        }
        log.info(s.toString());
    }
}
