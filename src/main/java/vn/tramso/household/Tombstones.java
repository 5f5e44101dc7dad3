package vn.tramso.household;

import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.tramso.base.KeyedHash;
import vn.tramso.base.Text;

/**
 * What an erased member leaves behind so that an import recognises them and does not bring them
 * back: a fingerprint, a {@linkplain KeyedHash keyed hash} under the server's secret of their
 * village, household code, name (without case, tones or extra spaces, as the register's collation
 * compares names) and birth year; for an erased head of household, of the household and the
 * head's name. Never the name itself: without the secret, a copy of the database cannot test
 * guessed names against the fingerprints.
 */
@Component
class Tombstones {

    private final KeyedHash keyed;

    Tombstones(KeyedHash keyed) {
        this.keyed = keyed;
    }

    /** The fingerprint of a member of a household. */
    String member(long villageId, String householdCode, String name, Integer birthYear) {
        return keyed.of("erased-member", villageId + "|" + householdCode.toUpperCase(Locale.ROOT) + "|" + normalised(name) + "|"
                + Objects.toString(birthYear, ""));
    }

    /** The fingerprint of the head of a household, as the register's "Chủ hộ" names them (no birth year). */
    String head(long villageId, String householdCode, String name) {
        return keyed.of("erased-head", villageId + "|" + householdCode.toUpperCase(Locale.ROOT) + "|" + normalised(name));
    }

    /** Whether two names are the same as the register compares them: without case, tones or extra spaces. */
    static boolean sameName(String a, String b) {
        return a != null && b != null && normalised(a).equals(normalised(b));
    }

    static String normalised(String name) {
        String plain = Text.withoutTones(name.strip());
        return plain.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
