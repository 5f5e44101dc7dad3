package vn.tramso.booking;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.tramso.base.Refusal;

/**
 * Reads the QR payload of a chip ID card: {@code ID12|oldID9|Full name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}.
 * Tolerates 6 to 8 fields and any separator a keyboard-wedge scanner produces in place of
 * {@code |} (the character after the 12 digits is taken as the separator). Anything else is
 * refused with a reason a resident understands; nothing of a refused payload is kept.
 */
public final class CccdParser {

    static final int MAX_LENGTH = 400;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Why a payload was refused; each has a message for residents ({@code cccd.refused.<key>}). */
    public enum Reason implements Refusal {
        NOT_A_CARD, DAMAGED;

        @Override
        public String messageKey() {
            return "cccd.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public sealed interface Result permits Read, Refused {
    }

    public record Read(CccdCard card) implements Result {
    }

    public record Refused(Reason reason) implements Result {
    }

    private CccdParser() {
    }

    public static Result parse(String payload, LocalDate today) {
        if (payload == null) {
            return new Refused(Reason.NOT_A_CARD);
        }
        String text = payload.strip();
        if (text.length() > MAX_LENGTH || text.length() < 14 || !digits(text.substring(0, 12))) {
            return new Refused(Reason.NOT_A_CARD);
        }
        char separator = text.charAt(12);
        if (Character.isLetterOrDigit(separator) || Character.isWhitespace(separator) || Character.isISOControl(separator)) {
            return new Refused(Reason.NOT_A_CARD);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return new Refused(Reason.DAMAGED);
        }
        String[] fields = text.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (fields.length < 6 || fields.length > 8) {
            return new Refused(Reason.DAMAGED);
        }
        String id = fields[0];
        String oldId = fields[1].strip();
        Optional<String> name = Resident.cleanName(fields[2]);
        Optional<LocalDate> birth = date(fields[3]);
        String gender = Normalizer.normalize(fields[4].strip(), Normalizer.Form.NFC);
        boolean genderKnown = gender.equals("Nam") || gender.equals("Nữ");
        if ((!oldId.isEmpty() && (oldId.length() != 9 || !digits(oldId))) || name.isEmpty() || birth.isEmpty() || !genderKnown) {
            return new Refused(Reason.DAMAGED);
        }
        LocalDate born = birth.get();
        boolean female = gender.equals("Nữ");
        if (born.isAfter(today) || born.isBefore(today.minusYears(130)) || !idMatches(id, born, female)) {
            return new Refused(Reason.DAMAGED);
        }
        return new Read(new CccdCard(id, name.get(), born, female));
    }

    /**
     * The 4th digit of the number encodes century and gender (0/1: 1900s man/woman, 2/3: 2000s,
     * ...), the 5th and 6th the year of birth.
     */
    private static boolean idMatches(String id, LocalDate born, boolean female) {
        int code = id.charAt(3) - '0';
        int century = 1900 + (code / 2) * 100;
        boolean codedFemale = code % 2 == 1;
        int year = century + Integer.parseInt(id.substring(4, 6));
        return year == born.getYear() && codedFemale == female;
    }

    private static Optional<LocalDate> date(String field) {
        String s = field.strip();
        if (s.length() != 8 || !digits(s)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s, DATE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
