package vn.tramso.account;

import java.time.Clock;

/** What an authenticator app shows for a secret, for tests outside this package (browser journeys). */
public final class TestTotp {

    private TestTotp() {
    }

    public static String code(String secret, Clock clock) {
        return Totp.code(Totp.unbase32(secret), Totp.step(clock.instant()));
    }
}
