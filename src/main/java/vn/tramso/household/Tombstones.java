package vn.tramso.household;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What an erased member leaves behind so that an import recognises them and does not bring them
 * back: a fingerprint, HMAC-SHA256 under the server's secret ({@link ErasureSettings}) of their
 * village, household code, name (without case, tones or extra spaces, as the register's collation
 * compares names) and birth year; for an erased head of household, of the household and the
 * head's name. Never the name itself: without the secret, a copy of the database cannot test
 * guessed names against the fingerprints.
 */
@Component
@EnableConfigurationProperties(ErasureSettings.class)
class Tombstones {

    static final String DEV_SECRET = "dev-only-erasure-secret-set-TRAMSO_ERASURE_SECRET";
    private static final Logger log = LoggerFactory.getLogger(Tombstones.class);

    private final SecretKeySpec key;

    Tombstones(ErasureSettings settings) {
        if (settings.secret() == null || settings.secret().length() < 16) {
            throw new IllegalStateException("tramso.erasure.secret must be at least 16 characters");
        }
        if (DEV_SECRET.equals(settings.secret())) {
            log.warn("tramso.erasure.secret is the development default: set TRAMSO_ERASURE_SECRET in production");
        }
        key = new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The fingerprint of a member of a household. */
    String member(long villageId, String householdCode, String name, Integer birthYear) {
        return fingerprint("member|" + villageId + "|" + householdCode.toUpperCase(Locale.ROOT) + "|" + normalised(name) + "|"
                + Objects.toString(birthYear, ""));
    }

    /** The fingerprint of the head of a household, as the register's "Chủ hộ" names them (no birth year). */
    String head(long villageId, String householdCode, String name) {
        return fingerprint("head|" + villageId + "|" + householdCode.toUpperCase(Locale.ROOT) + "|" + normalised(name));
    }

    /** Whether two names are the same as the register compares them: without case, tones or extra spaces. */
    static boolean sameName(String a, String b) {
        return a != null && b != null && normalised(a).equals(normalised(b));
    }

    static String normalised(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return plain.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String fingerprint(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
