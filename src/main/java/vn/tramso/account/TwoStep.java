package vn.tramso.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.Hashes;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.SignInThrottledException;
import vn.tramso.base.security.StaffUser;

/**
 * Two-step sign-in: after the password, a 6-digit code from an authenticator app (TOTP), or one of
 * ten single-use recovery codes. Required for the roles in {@code tramso.two-step.required-roles}
 * (admins by default), optional for everyone else. A code works once; wrong codes count towards
 * the sign-in throttle of the account ({@link SignIns}). The secret is stored as the app was given
 * it; recovery codes only as hashes.
 */
@Service
public class TwoStep {

    /** A secret being set up: for the app (as a QR code of {@code uri}, or typed) until a code confirms it. */
    public record Enrolment(String secret, String uri) {
    }

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final RecoveryCodeStore recoveryCodes;
    private final SignIns signIns;
    private final Clock clock;
    private final Set<Role> required;

    TwoStep(AccountStore accounts, RecoveryCodeStore recoveryCodes, SignIns signIns, Clock clock,
            @Value("${tramso.two-step.required-roles:ADMIN}") String requiredRoles) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.signIns = signIns;
        this.clock = clock;
        this.required = Arrays.stream(requiredRoles.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the signed-in staff member has two-step sign-in on. */
    public boolean enrolled() {
        return StaffUser.current().map(me -> secret(me.id()).isPresent()).orElse(false);
    }

    /** Whether the signed-in staff member must turn it on before anything else. */
    public boolean mustEnrol() {
        return StaffUser.current().map(me -> required.contains(me.role()) && secret(me.id()).isEmpty()).orElse(false);
    }

    public Enrolment newEnrolment() {
        StaffUser me = StaffUser.require();
        String secret = Totp.newSecret();
        String label = URLEncoder.encode("Trạm Số:" + me.username(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Tr%E1%BA%A1m%20S%E1%BB%91&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    /**
     * Turns two-step sign-in on with the secret, once a code from the app proves it was set up.
     *
     * @return the ten recovery codes, to show once; empty when the code does not match
     */
    @Transactional
    public Optional<List<String>> confirm(String secret, String code) {
        StaffUser me = StaffUser.require();
        Optional<Long> step = matchingStep(Totp.unbase32(secret), code == null ? "" : code.replace(" ", "").strip());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        accounts.turnOnTwoStep(me.id(), secret, LocalDateTime.now(clock).withNano(0), step.get());
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            String c = recoveryCode();
            if (!codes.contains(c)) {
                codes.add(c);
            }
        }
        recoveryCodes.replace(me.id(), codes.stream().map(c -> Hashes.sha256(normal(c))).toList());
        return Optional.of(codes);
    }

    /**
     * Checks the second step of the signed-in staff member: a code from the app (each works once)
     * or an unused recovery code (then used up).
     *
     * @param address the network address asking, for the throttle
     * @throws SignInThrottledException after too many failed sign-ins or codes lately
     */
    // no transaction around it: the reservation takes a connection of its own, and each write below is one statement
    public boolean verify(String code, String address) {
        StaffUser me = StaffUser.require();
        SignIns.Attempt attempt = signIns.reserve(me.username(), address);
        String secret = secret(me.id()).orElseThrow(() -> new IllegalStateException(me.username() + " has no two-step sign-in"));
        String given = code == null ? "" : code.replace(" ", "").strip();
        boolean ok = given.matches("[0-9]{" + Totp.DIGITS + "}")
                ? matchingStep(Totp.unbase32(secret), given).filter(step -> useStep(me.id(), step)).isPresent()
                : useRecoveryCode(me.id(), given);
        signIns.settle(attempt, ok ? SignIns.Outcome.SUCCESS : SignIns.Outcome.FAILED);
        return ok;
    }

    /** The time step the code belongs to, within one step of now either way, and newer than the last one used. */
    private Optional<Long> matchingStep(byte[] key, String code) {
        long now = Totp.step(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (Totp.code(key, step).equals(code)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** A code works once: its step must be newer than the last one used. */
    private boolean useStep(long accountId, long step) {
        return accounts.useTotpStep(accountId, step);
    }

    private boolean useRecoveryCode(long accountId, String code) {
        return recoveryCodes.use(accountId, Hashes.sha256(normal(code)), LocalDateTime.now(clock).withNano(0));
    }

    private Optional<String> secret(long accountId) {
        return accounts.totpSecret(accountId);
    }

    /** "k7m2-q9xd": 8 characters without look-alikes (no 0/o, 1/l/i). */
    private static String recoveryCode() {
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            c.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            if (i == 3) {
                c.append('-');
            }
        }
        return c.toString();
    }

    private static String normal(String code) {
        return code.toLowerCase().replaceAll("[^a-z0-9]", "");
    }
}
