package vn.tramso.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
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
 * which the start-up log says.
 *
 * <p>The key must never change under a database: erased members' marks (household.Tombstones) would stop
 * matching, and an old spreadsheet would bring them back. So the database keeps a check of the key used
 * with it ({@code app_secret} row {@code keyed-hash-check}), and the app refuses to start with another key,
 * saying how to move the stored key out of the database instead (a node started with a different
 * TRAMSO_SECRET is refused the same way).
 */
@Component
public class KeyedHash {

    static final int MIN_SECRET = 32;

    private final SecretKeySpec key;

    KeyedHash(@Value("${tramso.secret:}") String configured, AppSecretStore secrets) {
        String secret = configured.strip();
        if (secret.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(KeyedHash.class).warn("TRAMSO_SECRET is not set: the keyed hashes use a key kept in"
                    + " the database (app_secret), so a dump of the database carries it. To move it out, set TRAMSO_SECRET to that"
                    + " stored value (never to a new one: see docs/security.md 16.10), then delete the row.");
            secret = secrets.getOrCreate("keyed-hash", () -> Hashes.randomToken(32)); // made at the first start, read by every other
        } else if (secret.length() < MIN_SECRET) {
            throw new IllegalStateException("TRAMSO_SECRET (tramso.secret) must be " + MIN_SECRET + " characters or more; it has "
                    + secret.length());
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        checkUnchanged(secrets, configured.isBlank());
    }

    /** The first start records a check of its key; every later start must have the same key. */
    private void checkUnchanged(AppSecretStore secrets, boolean stored) {
        String check = of("check", "keyed-hash");
        String expected = secrets.getOrCreate("keyed-hash-check", () -> check);
        if (!expected.equals(check)) {
            throw new IllegalStateException(stored
                    ? "TRAMSO_SECRET is not set, but this database was used with it: set the same TRAMSO_SECRET again."
                    : "TRAMSO_SECRET is not the key this database was used with; a new key would let erased members come back"
                    + " with old spreadsheets. Set the key used before on every node. To move a key the app kept in the database"
                    + " out of it: SELECT secret FROM app_secret WHERE name = 'keyed-hash', set TRAMSO_SECRET to that value,"
                    + " start, then DELETE that row.");
        }
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
}
