package vn.tramso.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param firstAdminPassword on an empty database, the password of the account {@code admin} created
 *                           at start-up (env {@code TRAMSO_FIRST_ADMIN_PASSWORD}); remove it afterwards
 */
@ConfigurationProperties("tramso")
record FirstAdminSettings(@DefaultValue("") String firstAdminPassword) {
}
