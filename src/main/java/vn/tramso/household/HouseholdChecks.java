package vn.tramso.household;

import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_CODE;
import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_NAME;
import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_PHONE;
import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_YEAR;
import static vn.tramso.household.HouseholdRefusedException.Reason.FORMULA_ADDRESS;
import static vn.tramso.household.HouseholdRefusedException.Reason.FORMULA_HAMLET;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.tramso.base.People;
import vn.tramso.base.table.Formulas;

/**
 * What a household or a member must be before it is written, by a volunteer's form or a register
 * import row: a code of letters, digits and {@code ./-}; a person's name; a birth year within
 * {@value #OLDEST} years; a mobile phone; no hamlet or address that a spreadsheet would run as a
 * formula. Each returns the details cleaned (trimmed, code upper case) or refuses with the reason.
 */
final class HouseholdChecks {

    static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9./-]{0,31}");
    /** Birth years a member can have: nobody older than 120. */
    static final int OLDEST = 120;
    /** From this age a member counts as an adult. */
    static final int ADULT_AGE = 14;

    private HouseholdChecks() {
    }

    static HouseholdDetails checked(HouseholdDetails d) {
        String code = d.code() == null ? "" : d.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new HouseholdRefusedException(BAD_CODE);
        }
        String head = blank(d.headName()) ? null : People.name(d.headName()).orElseThrow(() -> new HouseholdRefusedException(BAD_NAME));
        String hamlet = text(d.hamlet(), 80);
        String address = text(d.addressLine(), 160);
        if (Formulas.startsLikeOne(hamlet)) {
            throw new HouseholdRefusedException(FORMULA_HAMLET);
        }
        if (Formulas.startsLikeOne(address)) {
            throw new HouseholdRefusedException(FORMULA_ADDRESS);
        }
        return new HouseholdDetails(code, head, hamlet, address);
    }

    static MemberDetails checked(MemberDetails d, int thisYear) {
        String name = People.name(d.fullName()).orElseThrow(() -> new HouseholdRefusedException(BAD_NAME));
        if (d.birthYear() != null && (d.birthYear() > thisYear || d.birthYear() < thisYear - OLDEST)) {
            throw new HouseholdRefusedException(BAD_YEAR);
        }
        String phone = blank(d.phone()) ? null : People.phone(d.phone()).orElseThrow(() -> new HouseholdRefusedException(BAD_PHONE));
        boolean adult = d.birthYear() == null ? d.adult() : thisYear - d.birthYear() >= ADULT_AGE;
        return new MemberDetails(name, d.birthYear(), adult, d.gender(), phone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s, int max) {
        if (blank(s)) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > max ? t.substring(0, max) : t;
    }
}
