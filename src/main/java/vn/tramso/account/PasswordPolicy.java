package vn.tramso.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tramso.base.Hashes;

/**
 * What a staff password must be (OWASP ASVS 5.0, level 2): at least {@value #MIN_LENGTH}
 * characters, at most {@value #MAX_LENGTH}, not on the list of passwords people use most (with
 * Vietnamese ones), and not containing the user name. No rules on character classes: length is
 * what makes a password hard to guess. Temporary passwords are random.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @return the i18n key of the reason the password is refused, or empty when it is good */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.has-username");
        }
        if (COMMON.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** A random password to hand over once; its owner must change it at the next sign-in. */
    public static String temporary() {
        String s = Hashes.randomText(TEMPORARY_ALPHABET, 16);
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
    }

    private static Set<String> load() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
