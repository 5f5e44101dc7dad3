package vn.tramso.household;

import java.time.LocalDate;

/**
 * A household in a list: what it still lacks, at a glance.
 *
 * @param adults             members 14 or older
 * @param adultsWithoutLevel2 adults whose VNeID is not at level 2
 * @param digital            one member has all five basic skills (gia đình số)
 * @param lookerId           the account of the "1+10" member looking after it, or {@code null}
 * @param looker             their name, or {@code null}
 */
public record HouseholdSummary(long id, long villageId, String code, String headName, String hamlet, int members,
                               int adults, int adultsWithoutLevel2, boolean digital, LocalDate lastVisitOn,
                               Long lookerId, String looker) {

    /** This summary with its looker's name, asked of account's API ({@link StaffNames}). */
    HouseholdSummary withLooker(String name) {
        return new HouseholdSummary(id, villageId, code, headName, hamlet, members, adults, adultsWithoutLevel2, digital,
                lastVisitOn, lookerId, name);
    }

    /** Not visited (no help session) in the last {@code days} days, or never. */
    public boolean notVisitedSince(LocalDate today, int days) {
        return lastVisitOn == null || lastVisitOn.isBefore(today.minusDays(days));
    }
}
