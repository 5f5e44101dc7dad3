package vn.tramso.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) of personal values the app must recognise again but never read back: a
 * phone number's weekly booking count, a mistyped sign-in name. A plain SHA-256 of a 10-digit phone
 * number is reversed by trying every number in seconds; without the key, a leaked table of these
 * hashes is not. Each use names its purpose, so one value hashes differently for two purposes.
 *
 * <p>The key is {@code TRAMSO_SECRET} (32 characters or more; production sets it, and every app node
 * the same). Without it the app makes a random key once and keeps it in the database ({@code app_secret}),
 * so the demo and a single node work with nothing to set; a dump of the database then carries the key,
 * which the start-up log says. Changing the key makes yesterday's hashes unrecognised: weekly counts and
 * sign-in waits start again, nothing else is lost.
 */
@Component
public class KeyedHash {

    static final int MIN_SECRET = 32;

    private final SecretKeySpec key;

    KeyedHash(@Value("${tramso.secret:}") String configured, JdbcClient jdbc) {
        String secret = configured.strip();
        if (secret.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(KeyedHash.class).warn("TRAMSO_SECRET is not set: the keyed hashes use a key kept in"
                    + " the database (app_secret), so a dump of the database carries it. Set TRAMSO_SECRET in production.");
            secret = stored(jdbc);
        } else if (secret.length() < MIN_SECRET) {
            throw new IllegalStateException("TRAMSO_SECRET (tramso.secret) must be " + MIN_SECRET + " characters or more; it has "
                    + secret.length());
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 64 hex digits: the HMAC-SHA256 of {@code purpose} and {@code value}. */
    public String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** The key made at the first start; the first node to start writes it, every other reads it. */
    private static String stored(JdbcClient jdbc) {
        jdbc.sql("INSERT IGNORE INTO app_secret (name, secret) VALUES ('keyed-hash', :s)").param("s", Hashes.randomToken(32)).update();
        return jdbc.sql("SELECT secret FROM app_secret WHERE name = 'keyed-hash'").query(String.class).single();
    }
}
