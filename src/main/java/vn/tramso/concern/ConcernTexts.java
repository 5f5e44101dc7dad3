package vn.tramso.concern;

import static vn.tramso.concern.ConcernRefusedException.Reason.BAD_PHONE;
import static vn.tramso.concern.ConcernRefusedException.Reason.NO_TEXT;
import static vn.tramso.concern.ConcernRefusedException.Reason.TEXT_NUMBERS;
import static vn.tramso.concern.ConcernRefusedException.Reason.TEXT_TOO_LONG;

import vn.tramso.base.People;

/** What a concern's texts must be: given, short, without long numbers (an ID or account number), a phone as a phone. */
final class ConcernTexts {

    private ConcernTexts() {
    }

    /** The concern as it will be saved, its texts tidied and its phone normalised. */
    static NewConcern checked(NewConcern c) {
        String text = blankToNull(c.text());
        if (text == null || c.category() == null || c.source() == null) {
            throw new ConcernRefusedException(NO_TEXT);
        }
        if (text.length() > Concerns.MAX_TEXT) {
            throw new ConcernRefusedException(TEXT_TOO_LONG);
        }
        if (People.holdsLongNumber(text)) {
            throw new ConcernRefusedException(TEXT_NUMBERS);
        }
        String phone = blankToNull(c.contactPhone()) == null ? null
                : People.phone(c.contactPhone()).orElseThrow(() -> new ConcernRefusedException(BAD_PHONE));
        return new NewConcern(c.villageId(), c.category(), text, c.source(), c.householdId(), c.sessionId(), phone);
    }

    /** The text stripped, its runs of spaces made one; {@code null} when blank. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }
}
