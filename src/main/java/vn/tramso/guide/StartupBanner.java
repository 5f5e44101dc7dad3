package vn.tramso.guide;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Prints where to open the kiosk, the sign-in page and the dashboard once the app is up, and in the demo run with which accounts. */
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
                .append("  Kiosk (residents):   ").append(base).append("/kiosk/").append(defaultKiosk).append('\n')
                .append("  Sign-in (staff):     ").append(base).append("/login\n")
                .append("  Dashboard (leaders): ").append(base).append("/dashboard\n");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            s.append("  DEMO: browsers on this machine are kiosks at once (").append(base).append("/ opens the kiosk too);\n")
                    .append("  a browser elsewhere sees 'Màn hình này chưa được đăng ký' until an admin enrols it.\n")
                    .append("  Demo accounts, password demo1234: volunteer tnv.traphuong, leader lanhdao.hongquang,\n")
                    .append("  province admin tinh.hungyen, admin admin. The data tells 18 months of thôn Trà Phương.\n");
        }
        log.info(s.toString());
    }
}
