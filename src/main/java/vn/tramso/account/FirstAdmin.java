package vn.tramso.account;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.tramso.base.security.Role;

/**
 * A fresh production database has no users. When no admin exists yet and
 * {@code TRAMSO_FIRST_ADMIN_PASSWORD} is set, the first start creates the account {@code admin}
 * with that password (stored only as a hash); otherwise it says how to get one.
 */
@Component
@EnableConfigurationProperties(FirstAdminSettings.class)
class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final int MIN_LENGTH = 12;

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final String password;

    FirstAdmin(UserAccountRepository users, PasswordEncoder encoder, FirstAdminSettings settings) {
        this.users = users;
        this.encoder = encoder;
        this.password = settings.firstAdminPassword();
    }

    @EventListener(ApplicationReadyEvent.class)
    void createWhenMissing() {
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No admin account yet. Set TRAMSO_FIRST_ADMIN_PASSWORD (at least {} characters) and restart "
                    + "to create the account '{}'.", MIN_LENGTH, USERNAME);
            return;
        }
        if (password.length() < MIN_LENGTH) {
            log.warn("TRAMSO_FIRST_ADMIN_PASSWORD is shorter than {} characters; no admin account was created.", MIN_LENGTH);
            return;
        }
        users.save(new UserAccount(null, USERNAME, "Quản trị viên", encoder.encode(password), Role.ADMIN, null, null, null,
                true, false, LocalDateTime.now()));
        log.info("Created the first admin account '{}'. Remove TRAMSO_FIRST_ADMIN_PASSWORD from the environment now.", USERNAME);
    }
}
